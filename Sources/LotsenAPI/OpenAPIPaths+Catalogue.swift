extension OpenAPIDocument {
    /// The catalogue's operations: health, the document itself, premises, grants, deadlines, the calendar, units, the
/// vocabulary and the open-data downloads (CSV, HSDS).
    static let pathsCatalogue = #"""
    {
      "/healthz": {
        "get": {
          "summary": "Liveness and store counts",
          "operationId": "health",
          "responses": {
            "200": {
              "description": "The service is up",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Health"
                  }
                }
              }
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            }
          }
        }
      },
      "/openapi.json": {
        "get": {
          "summary": "This document",
          "operationId": "openapi",
          "responses": {
            "200": {
              "description": "OpenAPI 3.1 document",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "description": "This document"
                  }
                }
              }
            }
          }
        }
      },
      "/v1/premises": {
        "get": {
          "summary": "Search premises",
          "description": "All given filters must match (AND). Text matches every word as a prefix, case- and accent-insensitively (\"forening\" finds \"förening\", \"lokal\" finds \"lokaler\"). Facet counts for district and kind ignore their own filter.",
          "operationId": "searchPremises",
          "parameters": [
            {
              "$ref": "#/components/parameters/premises_q"
            },
            {
              "$ref": "#/components/parameters/premises_min_capacity"
            },
            {
              "$ref": "#/components/parameters/premises_district"
            },
            {
              "$ref": "#/components/parameters/premises_kind"
            },
            {
              "$ref": "#/components/parameters/premises_facility"
            },
            {
              "$ref": "#/components/parameters/premises_accessible"
            },
            {
              "$ref": "#/components/parameters/premises_max_price"
            },
            {
              "$ref": "#/components/parameters/premises_tariff"
            },
            {
              "$ref": "#/components/parameters/premises_price_unit"
            },
            {
              "$ref": "#/components/parameters/premises_near"
            },
            {
              "$ref": "#/components/parameters/premises_radius_km"
            },
            {
              "$ref": "#/components/parameters/premises_sort"
            },
            {
              "$ref": "#/components/parameters/premises_limit"
            },
            {
              "$ref": "#/components/parameters/premises_offset"
            },
            {
              "$ref": "#/components/parameters/premises_modified_after"
            },
            {
              "$ref": "#/components/parameters/premises_relax"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of premises",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/PremisesPage"
                  }
                }
              }
            },
            "304": {
              "description": "Not modified"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/premises/{id}": {
        "get": {
          "summary": "One premises with provenance",
          "operationId": "getPremises",
          "parameters": [
            {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The premises",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Premises"
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
      "/v1/premises.csv": {
        "get": {
          "summary": "Matching premises as open data (CSV, CC0)",
          "description": "The same filters as /v1/premises; every matching premises, no paging. RFC 4180 CSV (commas, UTF-8, CRLF) with numbers in their own columns next to the human text.",
          "operationId": "premisesCSV",
          "parameters": [
            {
              "$ref": "#/components/parameters/premises_q"
            },
            {
              "$ref": "#/components/parameters/premises_min_capacity"
            },
            {
              "$ref": "#/components/parameters/premises_district"
            },
            {
              "$ref": "#/components/parameters/premises_kind"
            },
            {
              "$ref": "#/components/parameters/premises_facility"
            },
            {
              "$ref": "#/components/parameters/premises_accessible"
            },
            {
              "$ref": "#/components/parameters/premises_max_price"
            },
            {
              "$ref": "#/components/parameters/premises_tariff"
            },
            {
              "$ref": "#/components/parameters/premises_price_unit"
            },
            {
              "$ref": "#/components/parameters/premises_near"
            },
            {
              "$ref": "#/components/parameters/premises_radius_km"
            },
            {
              "$ref": "#/components/parameters/premises_sort"
            },
            {
              "$ref": "#/components/parameters/premises_modified_after"
            }
          ],
          "responses": {
            "200": {
              "description": "The premises",
              "headers": {
                "Link": {
                  "description": "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"",
                  "schema": {
                    "type": "string"
                  }
                }
              },
              "content": {
                "text/csv": {
                  "schema": {
                    "type": "string",
                    "description": "Columns: id, namn, typ, byggnad, ort, gatuadress, postnummer, lat, lon, antal_personer, antal_personer_uppskattat, yta_m2, utrustning, entre_utan_trappsteg, tillganglig_toalett, telefon, epost, bokning_url, priser_text, pris_<taxa>_kr_per_<enhet> (one a tariff and unit in use), kalla, andrad"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/grants": {
        "get": {
          "summary": "Search grants",
          "operationId": "searchGrants",
          "parameters": [
            {
              "$ref": "#/components/parameters/grants_q"
            },
            {
              "$ref": "#/components/parameters/grants_applicant"
            },
            {
              "$ref": "#/components/parameters/grants_category"
            },
            {
              "$ref": "#/components/parameters/grants_unit"
            },
            {
              "$ref": "#/components/parameters/grants_limit"
            },
            {
              "$ref": "#/components/parameters/grants_offset"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of grants",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/GrantPage"
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
      "/v1/grants/{id}": {
        "get": {
          "summary": "One grant with its verbatim deadline text and provenance",
          "operationId": "getGrant",
          "parameters": [
            {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The grant",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Grant"
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
      "/v1/grants.csv": {
        "get": {
          "summary": "Matching grants as open data (CSV, CC0)",
          "operationId": "grantsCSV",
          "parameters": [
            {
              "$ref": "#/components/parameters/grants_q"
            },
            {
              "$ref": "#/components/parameters/grants_applicant"
            },
            {
              "$ref": "#/components/parameters/grants_category"
            },
            {
              "$ref": "#/components/parameters/grants_unit"
            }
          ],
          "responses": {
            "200": {
              "description": "The grants",
              "headers": {
                "Link": {
                  "description": "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"",
                  "schema": {
                    "type": "string"
                  }
                }
              },
              "content": {
                "text/csv": {
                  "schema": {
                    "type": "string",
                    "description": "Columns: id, namn, sammanfattning, vem_kan_soka, kategorier, villkor, hogsta_belopp_kr, sista_ansokningsdag_text, ansvarig_enhet, ansokan_url, kalla, andrad, bidragsgivare (empty: the municipality)"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          },
          "description": "The same filters as /v1/grants; every matching grant, no paging. RFC 4180 CSV."
        }
      },
      "/v1/hsds/services": {
        "get": {
          "summary": "The units as Open Referral HSDS 3 services (open data, CC0)",
          "operationId": "hsdsServices",
          "description": "Each unit of the municipality as an HSDS 3 service with its organization, phones, opening hours (schedules, Swedish local time) and premises (locations) nested; ids are stable UUIDs.",
          "parameters": [
            {
              "name": "page",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 10000,
                "default": 1
              }
            },
            {
              "name": "per_page",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100,
                "default": 50
              }
            }
          ],
          "responses": {
            "200": {
              "description": "A page of services",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/HSDSPage"
                  }
                }
              }
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/hsds/services/{id}": {
        "get": {
          "summary": "One HSDS service",
          "operationId": "hsdsService",
          "parameters": [
            {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The service",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/HSDSService"
                  }
                }
              }
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        }
      },
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
      },
      "/v1/units": {
        "get": {
          "summary": "Municipal units with contact channels and whether they are open now",
          "operationId": "listUnits",
          "responses": {
            "200": {
              "description": "All units",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "total": {
                        "type": "integer"
                      },
                      "items": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/Unit"
                        }
                      }
                    }
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
      "/v1/units/{id}": {
        "get": {
          "summary": "One unit",
          "operationId": "getUnit",
          "parameters": [
            {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The unit",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Unit"
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
      "/v1/vocabulary": {
        "get": {
          "summary": "The controlled vocabularies (codes with Swedish and English labels)",
          "operationId": "getVocabulary",
          "responses": {
            "200": {
              "description": "Vocabularies by scheme",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Vocabulary"
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
