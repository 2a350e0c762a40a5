extension OpenAPIDocument {
    /// The grant calendar's operations: a grant's deadlines, the calendar as JSON and as an iCalendar feed.
    static let pathsCalendar = #"""
    {
      "/v1/grants/{id}/deadlines": {
        "get": {
          "summary": "A grant's parsed deadline rules, its next dates, and open or relative deadlines",
          "operationId": "getGrantDeadlines",
          "parameters": [
            {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "from",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              },
              "description": "Count from this day (default today, Europe/Stockholm)"
            },
            {
              "name": "count",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 24,
                "default": 2
              }
            },
            {
              "name": "event_date",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              },
              "description": "For deadlines relative to an event (\"senast sex veckor före arrangemanget\")"
            }
          ],
          "responses": {
            "200": {
              "description": "Rules (each with its verbatim phrase and confidence), next deadlines, undated ones",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/GrantDeadlines"
                  }
                }
              }
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            }
          }
        }
      },
      "/v1/calendar": {
        "get": {
          "summary": "The grant calendar (bidragskalender): deadlines and årshjul events in a date range, sorted",
          "operationId": "getCalendar",
          "parameters": [
            {
              "name": "from",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              },
              "description": "Default: today"
            },
            {
              "name": "to",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              },
              "description": "Default: a year after from; at most five years"
            },
            {
              "name": "applicant",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "category",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "unit",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "type",
              "in": "query",
              "schema": {
                "type": "string",
                "enum": [
                  "all",
                  "deadline"
                ]
              }
            }
          ],
          "responses": {
            "200": {
              "description": "Entries with date, effective_date (next working day), status confirmed/projected/past/rolling/relative/unknown, is_forecast, phrase, uid",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Calendar"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            }
          }
        }
      },
      "/v1/calendar.ics": {
        "get": {
          "summary": "The same calendar as a subscribable iCalendar feed (RFC 5545, all-day events, stable UIDs)",
          "operationId": "getCalendarFeed",
          "parameters": [
            {
              "name": "from",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              },
              "description": "Default: a month ago"
            },
            {
              "name": "to",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date"
              }
            },
            {
              "name": "applicant",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "category",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "unit",
              "in": "query",
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "type",
              "in": "query",
              "schema": {
                "type": "string",
                "enum": [
                  "all",
                  "deadline"
                ]
              }
            },
            {
              "name": "remind_days",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 0,
                "maximum": 365
              },
              "description": "Adds a VALARM this many days before each deadline"
            },
            {
              "name": "working_days",
              "in": "query",
              "schema": {
                "type": "boolean"
              },
              "description": "Place deadlines on the next working day when they fall on a weekend or holiday"
            }
          ],
          "responses": {
            "200": {
              "description": "text/calendar",
              "content": {
                "text/calendar": {
                  "schema": {
                    "type": "string"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            }
          }
        }
      }
    }
    """#
}
