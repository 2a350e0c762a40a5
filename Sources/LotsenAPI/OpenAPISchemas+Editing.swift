extension OpenAPIDocument {
    /// Schemas: årshjul events, samverkan records, units as edited, audit entries.
    static let schemasEditing = #"""
{
  "CalendarEvent": {
    "type": "object",
    "required": [
      "id",
      "name",
      "schedule"
    ],
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
      "unit_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "url": {
        "type": [
          "string",
          "null"
        ]
      },
      "schedule": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "month"
          ],
          "properties": {
            "month": {
              "type": "integer",
              "minimum": 1,
              "maximum": 12
            },
            "end_month": {
              "type": [
                "integer",
                "null"
              ]
            },
            "day": {
              "type": [
                "integer",
                "null"
              ]
            },
            "label": {
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      },
      "dates": {
        "type": "array",
        "items": {
          "type": "string",
          "format": "date"
        }
      },
      "starts": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^[0-2][0-9]:[0-5][0-9]$"
      },
      "ends": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^[0-2][0-9]:[0-5][0-9]$"
      },
      "place": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "description": "An event of the årshjul: approximate months in schedule; dates, times and place once the organisers enter them"
  },
  "SteeringGroupMember": {
    "type": "object",
    "required": [
      "id",
      "name",
      "organisation",
      "role"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "organisation": {
        "type": "string"
      },
      "role": {
        "type": "string"
      },
      "term_from": {
        "type": [
          "integer",
          "null"
        ]
      },
      "term_to": {
        "type": [
          "integer",
          "null"
        ]
      },
      "position": {
        "type": "integer"
      }
    }
  },
  "IOPAgreement": {
    "type": "object",
    "required": [
      "id",
      "name",
      "parties",
      "purpose"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "parties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "purpose": {
        "type": "string"
      },
      "period_from": {
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "period_to": {
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "unit_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "url": {
        "type": [
          "string",
          "null"
        ]
      },
      "position": {
        "type": "integer"
      }
    }
  },
  "UnitEdit": {
    "type": "object",
    "required": [
      "id",
      "name"
    ],
    "description": "A unit as editors write it: its channels with opening hours and dated exceptions (a closed day: an exception without intervals)",
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
      "channels": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "kind",
            "value"
          ],
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
            }
          }
        }
      }
    }
  },
  "AuditEntry": {
    "type": "object",
    "required": [
      "at",
      "actor",
      "record_type",
      "record_id",
      "field"
    ],
    "properties": {
      "at": {
        "type": "string",
        "format": "date-time"
      },
      "actor": {
        "type": "string",
        "description": "The staff token's id"
      },
      "actor_name": {
        "type": [
          "string",
          "null"
        ]
      },
      "record_type": {
        "type": "string"
      },
      "record_id": {
        "type": "string"
      },
      "field": {
        "type": "string"
      },
      "before": {
        "type": [
          "string",
          "null"
        ]
      },
      "after": {
        "type": [
          "string",
          "null"
        ]
      }
    }
  }
}
"""#
}
