extension OpenAPIDocument {
    /// Schemas: municipal units, their channels, opening hours and whether they are open now.
    static let schemasUnits = #"""
    {
      "OpenStatus": {
        "type": "object",
        "properties": {
          "is_open": {
            "type": "boolean"
          },
          "closes_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "opens_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "Unit": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "parent_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "open_now": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "channels": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "phone",
                    "email",
                    "eservice",
                    "visit",
                    "web"
                  ]
                },
                "value": {
                  "type": "string"
                },
                "label": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hours": {
                  "$ref": "#/components/schemas/OpeningHours"
                },
                "open_now": {
                  "$ref": "#/components/schemas/OpenStatus"
                }
              },
              "required": [
                "kind",
                "value"
              ]
            }
          }
        }
      },
      "TimeRange": {
        "type": "object",
        "required": [
          "opens",
          "closes"
        ],
        "properties": {
          "opens": {
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]$"
          },
          "closes": {
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]$"
          }
        }
      },
      "OpeningHours": {
        "type": "object",
        "required": [
          "regular",
          "exceptions",
          "closed_on_public_holidays"
        ],
        "properties": {
          "regular": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "weekday",
                "opens",
                "closes"
              ],
              "properties": {
                "weekday": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 7,
                  "description": "1 = Monday"
                },
                "opens": {
                  "type": "string",
                  "pattern": "^[0-2][0-9]:[0-5][0-9]$"
                },
                "closes": {
                  "type": "string",
                  "pattern": "^[0-2][0-9]:[0-5][0-9]$"
                },
                "valid_from": {
                  "type": "string",
                  "format": "date"
                },
                "valid_to": {
                  "type": "string",
                  "format": "date"
                }
              }
            }
          },
          "exceptions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "date",
                "intervals"
              ],
              "properties": {
                "date": {
                  "type": "string",
                  "format": "date"
                },
                "intervals": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TimeRange"
                  }
                },
                "note": {
                  "type": "string"
                }
              },
              "description": "A dated day with other hours (none: closed)"
            }
          },
          "closed_on_public_holidays": {
            "type": "boolean"
          }
        },
        "description": "Weekly hours in Swedish local time"
      }
    }
    """#
}
