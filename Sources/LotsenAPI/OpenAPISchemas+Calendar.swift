extension OpenAPIDocument {
    /// Schemas: deadline rules as read from a grant's wording, calendar entries, the calendar and a grant's deadlines.
    static let schemasCalendar = #"""
    {
      "YearDay": {
        "type": "object",
        "required": [
          "anchor"
        ],
        "properties": {
          "anchor": {
            "type": "string",
            "enum": [
              "date",
              "last_day",
              "last_working_day",
              "week"
            ]
          },
          "month": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "day": {
            "type": "integer",
            "minimum": 1,
            "maximum": 31
          },
          "week": {
            "type": "integer",
            "minimum": 1,
            "maximum": 53
          }
        },
        "description": "A day of the year: a date, a month's last (working) day, or an ISO week"
      },
      "DeadlineRule": {
        "type": "object",
        "required": [
          "kind",
          "phrase",
          "confidence"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "yearly",
              "dated",
              "rolling",
              "relative",
              "unknown"
            ]
          },
          "closes": {
            "$ref": "#/components/schemas/YearDay"
          },
          "opens": {
            "$ref": "#/components/schemas/YearDay"
          },
          "year": {
            "type": "integer"
          },
          "opens_year": {
            "type": "integer"
          },
          "recurring": {
            "type": "boolean"
          },
          "grant_year_offset": {
            "type": "integer"
          },
          "offset": {
            "type": "object",
            "required": [
              "amount",
              "unit"
            ],
            "properties": {
              "amount": {
                "type": "integer"
              },
              "unit": {
                "type": "string",
                "enum": [
                  "days",
                  "weeks",
                  "months"
                ]
              }
            }
          },
          "event": {
            "type": "string"
          },
          "phrase": {
            "type": "string",
            "description": "The sentence the rule was read from, verbatim"
          },
          "confidence": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          }
        },
        "description": "A deadline as read from the grant's wording; what could not be read is kind unknown (no date is invented)"
      },
      "CalendarEntry": {
        "type": "object",
        "required": [
          "type",
          "uid",
          "title",
          "date",
          "status",
          "is_forecast",
          "approximate",
          "description"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "deadline",
              "event"
            ]
          },
          "uid": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "grant_id": {
            "type": "string"
          },
          "event_id": {
            "type": "string"
          },
          "date": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          },
          "end_date": {
            "type": "string",
            "format": "date"
          },
          "effective_date": {
            "type": "string",
            "format": "date"
          },
          "opens": {
            "type": "string",
            "format": "date"
          },
          "status": {
            "type": "string",
            "enum": [
              "confirmed",
              "projected",
              "past",
              "rolling",
              "relative",
              "unknown"
            ]
          },
          "is_forecast": {
            "type": "boolean"
          },
          "approximate": {
            "type": "boolean"
          },
          "phrase": {
            "type": "string"
          },
          "grant_year": {
            "type": "integer"
          },
          "url": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "unit_id": {
            "type": "string"
          }
        }
      },
      "Calendar": {
        "type": "object",
        "required": [
          "from",
          "to",
          "entries",
          "ics_url"
        ],
        "properties": {
          "from": {
            "type": "string",
            "format": "date"
          },
          "to": {
            "type": "string",
            "format": "date"
          },
          "entries": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CalendarEntry"
            }
          },
          "ics_url": {
            "type": "string",
            "description": "The same entries as an iCalendar feed"
          }
        }
      },
      "GrantDeadlines": {
        "type": "object",
        "required": [
          "grant_id",
          "rules",
          "next",
          "undated"
        ],
        "properties": {
          "grant_id": {
            "type": "string"
          },
          "deadline_text": {
            "type": [
              "string",
              "null"
            ]
          },
          "rules": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DeadlineRule"
            }
          },
          "next": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CalendarEntry"
            }
          },
          "undated": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CalendarEntry"
            }
          },
          "for_event": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "event_date",
                "deadline",
                "effective_date",
                "phrase"
              ],
              "properties": {
                "event_date": {
                  "type": "string",
                  "format": "date"
                },
                "deadline": {
                  "type": "string",
                  "format": "date"
                },
                "effective_date": {
                  "type": "string",
                  "format": "date"
                },
                "phrase": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
    """#
}
