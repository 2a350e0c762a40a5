extension OpenAPIDocument {
    /// Schemas: {'EnquiryText': {'type': 'object', 'required': ['text'], 'properties': {'text': {'type': 'string', 'maxLength': 4000, 'minLength': 1, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*\\S[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'topic': {'type': 'string', 'description': 'A topic id from seed/routing.json'}}}, 'NewEnquiry': {'type': 'object', 'required': ['text'], 'properties': {'text': {'type': 'string', 'maxLength': 4000, 'minLength': 1, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*\\S[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'topic': {'type': 'string'}, 'channel': {'type': 'string', 'enum': ['web', 'phone', 'email', 'visit', 'open311'], 'default': 'web'}, 'name': {'type': 'string', 'maxLength': 200, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'email': {'type': 'string', 'format': 'email', 'maxLength': 254, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'phone': {'type': 'string', 'maxLength': 40, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'association': {'type': 'string', 'maxLength': 200, 'pattern': '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'}, 'organisation_number': {'type': 'string', 'pattern': '^[0-9]{6}-?[0-9]{4}$', 'description': 'Checked with the Luhn digit', 'maxLength': 20}}}, 'RoutingDecision': {'type': 'object', 'required': ['units', 'confidence', 'fallback', 'terms'], 'properties': {'units': {'type': 'array', 'items': {'type': 'object', 'required': ['unit_id', 'score', 'topic', 'reasons'], 'properties': {'unit_id': {'type': 'string'}, 'score': {'type': 'number'}, 'topic': {'type': 'string'}, 'reasons': {'type': 'array', 'items': {'type': 'object', 'required': ['rule', 'topic', 'words', 'matched', 'weight'], 'properties': {'rule': {'type': 'string', 'enum': ['term', 'phrase', 'example', 'chosen_topic', 'learned']}, 'topic': {'type': 'string'}, 'words': {'type': 'array', 'items': {'type': 'string'}}, 'matched': {'type': 'string'}, 'weight': {'type': 'number'}}}}}}}, 'confidence': {'type': 'number'}, 'fallback': {'type': 'boolean', 'description': 'True when no topic matched clearly: Medborgarcenter pilots it on'}, 'terms': {'type': 'array', 'items': {'type': 'string'}}}}, 'RouteAnswer': {'type': 'object', 'required': ['route', 'grants', 'premises'], 'properties': {'route': {'$ref': '#/components/schemas/RoutingDecision'}, 'service': {'type': 'object', 'required': ['id', 'name'], 'properties': {'id': {'type': 'string'}, 'name': {'type': 'string'}, 'answer': {'type': 'string'}, 'link': {'type': 'string'}}, 'description': 'The service catalogue entry and its short answer'}, 'contact': {'type': 'object', 'required': ['unit_id', 'name', 'channels'], 'properties': {'unit_id': {'type': 'string'}, 'name': {'type': 'string'}, 'open_now': {'type': 'boolean'}, 'channels': {'type': 'array', 'items': {'type': 'object', 'required': ['kind', 'value'], 'properties': {'kind': {'type': 'string', 'enum': ['phone', 'email', 'eservice', 'visit', 'web']}, 'value': {'type': 'string'}, 'label': {'type': 'string'}, 'open_now': {'$ref': '#/components/schemas/OpenStatus'}}}}}}, 'grants': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name', 'matched'], 'properties': {'id': {'type': 'string'}, 'name': {'type': 'string'}, 'unit_id': {'type': 'string'}, 'url': {'type': 'string'}, 'next_deadline': {'type': 'string', 'format': 'date'}, 'effective_date': {'type': 'string', 'format': 'date'}, 'deadline_status': {'type': 'string'}, 'deadline_phrase': {'type': 'string'}, 'matched': {'type': 'array', 'items': {'type': 'string'}}}}}, 'premises': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'name', 'kind'], 'properties': {'id': {'type': 'string'}, 'name': {'type': 'string'}, 'kind': {'type': 'string'}, 'district': {'type': 'string'}, 'capacity': {'type': 'integer'}, 'booking_phone': {'type': 'string'}, 'booking_email': {'type': 'string'}, 'booking_url': {'type': 'string'}}}}, 'premises_note': {'type': 'object', 'required': ['sv', 'en'], 'properties': {'sv': {'type': 'string'}, 'en': {'type': 'string'}}, 'description': 'Why the premises listed do not all fit what was asked'}, 'reading': {'type': 'object', 'required': ['places', 'features', 'asks_for_money', 'asks_for_place'], 'properties': {'capacity': {'type': 'integer'}, 'capacity_words': {'type': 'string'}, 'places': {'type': 'array', 'items': {'type': 'string'}}, 'features': {'type': 'array', 'items': {'type': 'string'}}, 'asks_for_money': {'type': 'boolean'}, 'asks_for_place': {'type': 'boolean'}}, 'description': 'What the enquiry was read to ask for'}}}, 'EnquiryRecord': {'type': 'object', 'required': ['reference', 'text', 'channel', 'person', 'status', 'routed_unit', 'confidence', 'assigned_unit', 'created_at', 'updated_at', 'history'], 'properties': {'reference': {'type': 'string'}, 'text': {'type': 'string'}, 'topic': {'type': 'string'}, 'channel': {'type': 'string'}, 'person': {'type': 'object', 'required': [], 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'phone': {'type': 'string'}, 'association': {'type': 'string'}, 'organisation_number': {'type': 'string'}}}, 'status': {'type': 'string', 'enum': ['received', 'routed', 'forwarded', 'answered', 'closed']}, 'routed_unit': {'type': 'string'}, 'confidence': {'type': 'number'}, 'assigned_unit': {'type': 'string'}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}, 'closed_at': {'type': 'string', 'format': 'date-time'}, 'personal_data_erased_at': {'type': 'string', 'format': 'date-time'}, 'history': {'type': 'array', 'items': {'type': 'object', 'required': ['at', 'actor', 'action'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'actor': {'type': 'string'}, 'action': {'type': 'string'}, 'from': {'type': 'string'}, 'to': {'type': 'string'}, 'note': {'type': 'string'}}}}, 'location': {'type': 'object', 'required': [], 'properties': {'lat': {'type': 'number'}, 'long': {'type': 'number'}, 'address_string': {'type': 'string'}, 'media_url': {'type': 'string'}}}}}, 'EnquiryReceipt': {'type': 'object', 'required': ['reference', 'status', 'assigned_unit', 'answer'], 'properties': {'reference': {'type': 'string'}, 'status': {'type': 'string', 'enum': ['received', 'routed', 'forwarded', 'answered', 'closed']}, 'assigned_unit': {'type': 'string'}, 'answer': {'$ref': '#/components/schemas/RouteAnswer'}}}}
    static let schemasEnquiries = #"""
    {
      "EnquiryText": {
        "type": "object",
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "type": "string",
            "maxLength": 4000,
            "minLength": 1,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*\\S[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "topic": {
            "type": "string",
            "description": "A topic id from seed/routing.json"
          }
        }
      },
      "NewEnquiry": {
        "type": "object",
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "type": "string",
            "maxLength": 4000,
            "minLength": 1,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*\\S[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "topic": {
            "type": "string"
          },
          "channel": {
            "type": "string",
            "enum": [
              "web",
              "phone",
              "email",
              "visit",
              "open311"
            ],
            "default": "web"
          },
          "name": {
            "type": "string",
            "maxLength": 200,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "phone": {
            "type": "string",
            "maxLength": 40,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "association": {
            "type": "string",
            "maxLength": 200,
            "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
          },
          "organisation_number": {
            "type": "string",
            "pattern": "^[0-9]{6}-?[0-9]{4}$",
            "description": "Checked with the Luhn digit",
            "maxLength": 20
          }
        }
      },
      "RoutingDecision": {
        "type": "object",
        "required": [
          "units",
          "confidence",
          "fallback",
          "terms"
        ],
        "properties": {
          "units": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "unit_id",
                "score",
                "topic",
                "reasons"
              ],
              "properties": {
                "unit_id": {
                  "type": "string"
                },
                "score": {
                  "type": "number"
                },
                "topic": {
                  "type": "string"
                },
                "reasons": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "rule",
                      "topic",
                      "words",
                      "matched",
                      "weight"
                    ],
                    "properties": {
                      "rule": {
                        "type": "string",
                        "enum": [
                          "term",
                          "phrase",
                          "example",
                          "chosen_topic",
                          "learned"
                        ]
                      },
                      "topic": {
                        "type": "string"
                      },
                      "words": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "matched": {
                        "type": "string"
                      },
                      "weight": {
                        "type": "number"
                      }
                    }
                  }
                }
              }
            }
          },
          "confidence": {
            "type": "number"
          },
          "fallback": {
            "type": "boolean",
            "description": "True when no topic matched clearly: Medborgarcenter pilots it on"
          },
          "terms": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "RouteAnswer": {
        "type": "object",
        "required": [
          "route",
          "grants",
          "premises"
        ],
        "properties": {
          "route": {
            "$ref": "#/components/schemas/RoutingDecision"
          },
          "service": {
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
              "answer": {
                "type": "string"
              },
              "link": {
                "type": "string"
              }
            },
            "description": "The service catalogue entry and its short answer"
          },
          "contact": {
            "type": "object",
            "required": [
              "unit_id",
              "name",
              "channels"
            ],
            "properties": {
              "unit_id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "open_now": {
                "type": "boolean"
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
                      "type": "string"
                    },
                    "open_now": {
                      "$ref": "#/components/schemas/OpenStatus"
                    }
                  }
                }
              }
            }
          },
          "grants": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "matched"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "unit_id": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "next_deadline": {
                  "type": "string",
                  "format": "date"
                },
                "effective_date": {
                  "type": "string",
                  "format": "date"
                },
                "deadline_status": {
                  "type": "string"
                },
                "deadline_phrase": {
                  "type": "string"
                },
                "matched": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "premises": {
            "type": "array",
            "items": {
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
                "district": {
                  "type": "string"
                },
                "capacity": {
                  "type": "integer"
                },
                "booking_phone": {
                  "type": "string"
                },
                "booking_email": {
                  "type": "string"
                },
                "booking_url": {
                  "type": "string"
                }
              }
            }
          },
          "premises_note": {
            "type": "object",
            "required": [
              "sv",
              "en"
            ],
            "properties": {
              "sv": {
                "type": "string"
              },
              "en": {
                "type": "string"
              }
            },
            "description": "Why the premises listed do not all fit what was asked"
          },
          "reading": {
            "type": "object",
            "required": [
              "places",
              "features",
              "asks_for_money",
              "asks_for_place"
            ],
            "properties": {
              "capacity": {
                "type": "integer"
              },
              "capacity_words": {
                "type": "string"
              },
              "places": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "features": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "asks_for_money": {
                "type": "boolean"
              },
              "asks_for_place": {
                "type": "boolean"
              }
            },
            "description": "What the enquiry was read to ask for"
          }
        }
      },
      "EnquiryRecord": {
        "type": "object",
        "required": [
          "reference",
          "text",
          "channel",
          "person",
          "status",
          "routed_unit",
          "confidence",
          "assigned_unit",
          "created_at",
          "updated_at",
          "history"
        ],
        "properties": {
          "reference": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "topic": {
            "type": "string"
          },
          "channel": {
            "type": "string"
          },
          "person": {
            "type": "object",
            "required": [],
            "properties": {
              "name": {
                "type": "string"
              },
              "email": {
                "type": "string"
              },
              "phone": {
                "type": "string"
              },
              "association": {
                "type": "string"
              },
              "organisation_number": {
                "type": "string"
              }
            }
          },
          "status": {
            "type": "string",
            "enum": [
              "received",
              "routed",
              "forwarded",
              "answered",
              "closed"
            ]
          },
          "routed_unit": {
            "type": "string"
          },
          "confidence": {
            "type": "number"
          },
          "assigned_unit": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "closed_at": {
            "type": "string",
            "format": "date-time"
          },
          "personal_data_erased_at": {
            "type": "string",
            "format": "date-time"
          },
          "history": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "at",
                "actor",
                "action"
              ],
              "properties": {
                "at": {
                  "type": "string",
                  "format": "date-time"
                },
                "actor": {
                  "type": "string"
                },
                "action": {
                  "type": "string"
                },
                "from": {
                  "type": "string"
                },
                "to": {
                  "type": "string"
                },
                "note": {
                  "type": "string"
                }
              }
            }
          },
          "location": {
            "type": "object",
            "required": [],
            "properties": {
              "lat": {
                "type": "number"
              },
              "long": {
                "type": "number"
              },
              "address_string": {
                "type": "string"
              },
              "media_url": {
                "type": "string"
              }
            }
          }
        }
      },
      "EnquiryReceipt": {
        "type": "object",
        "required": [
          "reference",
          "status",
          "assigned_unit",
          "answer"
        ],
        "properties": {
          "reference": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "received",
              "routed",
              "forwarded",
              "answered",
              "closed"
            ]
          },
          "assigned_unit": {
            "type": "string"
          },
          "answer": {
            "$ref": "#/components/schemas/RouteAnswer"
          }
        }
      }
    }
    """#
}
