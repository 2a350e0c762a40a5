extension OpenAPIDocument {
    /// Schemas: problems, health, provenance, premises, grants, the vocabulary.
    static let schemasCatalogue = #"""
    {
      "Problem": {
        "type": "object",
        "required": [
          "type",
          "title",
          "status",
          "detail"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "invalid-params": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "reason": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string"
          },
          "revision": {
            "type": "integer"
          },
          "counts": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          }
        }
      },
      "Provenance": {
        "type": "object",
        "properties": {
          "source": {
            "type": [
              "string",
              "null"
            ],
            "description": "File or URL the record was read from"
          },
          "source_title": {
            "type": [
              "string",
              "null"
            ]
          },
          "fetched_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "checksum": {
            "type": [
              "string",
              "null"
            ],
            "description": "SHA-256 of the source"
          },
          "origin_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Published page the facts come from"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "last_seen_at": {
            "type": "string",
            "format": "date-time",
            "description": "When an import last found the record in its source"
          },
          "import_run_id": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The import run that last saw the record (lotsen import --log)"
          },
          "edited_fields": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The fields staff set by hand; imports keep them"
          }
        }
      },
      "Price": {
        "type": "object",
        "properties": {
          "tariff": {
            "type": "string"
          },
          "amount": {
            "type": "number"
          },
          "currency": {
            "type": "string"
          },
          "unit": {
            "type": "string",
            "enum": [
              "hour",
              "half_day",
              "day",
              "occasion",
              "season"
            ]
          },
          "note": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Premises": {
        "type": "object",
        "required": [
          "id",
          "name",
          "kind"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "venue": {
            "type": [
              "string",
              "null"
            ]
          },
          "owner_unit_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "address": {
            "type": "object",
            "properties": {
              "street": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "postal_code": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "district": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          },
          "location": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "latitude": {
                "type": "number"
              },
              "longitude": {
                "type": "number"
              }
            }
          },
          "capacity": {
            "type": [
              "integer",
              "null"
            ]
          },
          "capacity_estimated": {
            "type": "boolean"
          },
          "area_square_metres": {
            "type": [
              "number",
              "null"
            ]
          },
          "facilities": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "accessibility": {
            "type": "object",
            "properties": {
              "step_free": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "accessible_toilet": {
                "type": [
                  "boolean",
                  "null"
                ]
              }
            }
          },
          "prices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Price"
            }
          },
          "rentable_by": {
            "type": "object",
            "properties": {
              "associations": {
                "type": "boolean"
              },
              "private_persons": {
                "type": "boolean"
              },
              "youth": {
                "type": "boolean"
              }
            }
          },
          "booking": {
            "type": "object",
            "properties": {
              "phone": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "email": {
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
              "note": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          },
          "description": {
            "type": "string"
          },
          "withdrawn_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "distance_km": {
            "type": "number",
            "description": "Only with near"
          },
          "provenance": {
            "$ref": "#/components/schemas/Provenance"
          }
        }
      },
      "Facet": {
        "type": "object",
        "properties": {
          "value": {
            "type": "string"
          },
          "label": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          }
        }
      },
      "PremisesPage": {
        "type": "object",
        "properties": {
          "total": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          },
          "relaxed": {
            "type": "array",
            "description": "What was left out to find these (relax=true); empty when the query matched as asked",
            "items": {
              "type": "object",
              "required": [
                "parameter",
                "value"
              ],
              "properties": {
                "parameter": {
                  "type": "string",
                  "enum": [
                    "q",
                    "district",
                    "kind"
                  ]
                },
                "value": {
                  "type": "string"
                }
              }
            }
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Premises"
            }
          },
          "facets": {
            "type": "object",
            "properties": {
              "district": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Facet"
                }
              },
              "kind": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Facet"
                }
              },
              "facility": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Facet"
                }
              }
            }
          }
        }
      },
      "Grant": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "summary": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "owner_unit_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "applicants": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "conditions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "max_amount": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "amount": {
                "type": "number"
              },
              "currency": {
                "type": "string"
              }
            }
          },
          "apply_methods": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "eservice",
                "form",
                "system",
                "email"
              ]
            }
          },
          "application_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "deadline_text": {
            "type": [
              "string",
              "null"
            ],
            "description": "The deadline exactly as published"
          },
          "funder": {
            "type": "string",
            "description": "Who grants it when it is not the municipality (another funder's grant); absent for the municipality's own"
          },
          "provenance": {
            "$ref": "#/components/schemas/Provenance"
          },
          "deadline_rules": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DeadlineRule"
            }
          }
        }
      },
      "GrantPage": {
        "type": "object",
        "properties": {
          "total": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Grant"
            }
          }
        }
      },
      "VocabularyTerm": {
        "type": "object",
        "required": [
          "code",
          "sv",
          "en"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "sv": {
            "type": "string"
          },
          "en": {
            "type": "string"
          },
          "synonyms": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Vocabulary": {
        "type": "object",
        "description": "Each scheme (premises_kind, facility, tariff, applicant, grant_category) and its terms",
        "additionalProperties": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/VocabularyTerm"
          }
        }
      }
    }
    """#
}
