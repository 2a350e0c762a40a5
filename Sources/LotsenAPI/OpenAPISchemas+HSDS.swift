extension OpenAPIDocument {
    /// Schemas: {'HSDSService': {'type': 'object', 'description': "An Open Referral HSDS 3 service (compiled form): a unit of the municipality, with the organization, phones, opening hours as schedules and the unit's premises as locations nested", 'required': ['id', 'organization_id', 'name', 'description', 'status', 'phones', 'schedules', 'service_at_locations', 'organization'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'organization_id': {'type': 'string', 'format': 'uuid'}, 'name': {'type': 'string'}, 'description': {'type': 'string'}, 'url': {'type': 'string'}, 'email': {'type': 'string'}, 'status': {'type': 'string', 'enum': ['active', 'inactive', 'defunct', 'temporarily closed']}, 'phones': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'number'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'number': {'type': 'string'}, 'description': {'type': 'string'}}}}, 'schedules': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'service_id', 'freq', 'byday', 'opens_at', 'closes_at', 'notes'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'service_id': {'type': 'string', 'format': 'uuid'}, 'freq': {'type': 'string', 'enum': ['WEEKLY', 'MONTHLY']}, 'byday': {'type': 'string', 'enum': ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']}, 'opens_at': {'type': 'string'}, 'closes_at': {'type': 'string'}, 'valid_from': {'type': 'string', 'format': 'date'}, 'valid_to': {'type': 'string', 'format': 'date'}, 'notes': {'type': 'string'}}}}, 'service_at_locations': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'service_id', 'location_id', 'location'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'service_id': {'type': 'string', 'format': 'uuid'}, 'location_id': {'type': 'string', 'format': 'uuid'}, 'location': {'type': 'object', 'required': ['id', 'location_type', 'name', 'description', 'addresses'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'location_type': {'type': 'string', 'enum': ['physical', 'postal', 'virtual']}, 'name': {'type': 'string'}, 'description': {'type': 'string'}, 'latitude': {'type': 'number'}, 'longitude': {'type': 'number'}, 'addresses': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'location_id': {'type': 'string', 'format': 'uuid'}, 'address_1': {'type': 'string'}, 'city': {'type': 'string'}, 'state_province': {'type': 'string'}, 'postal_code': {'type': 'string'}, 'country': {'type': 'string'}, 'address_type': {'type': 'string', 'enum': ['physical', 'postal', 'virtual']}}}}}}}}}, 'organization': {'type': 'object', 'required': ['id', 'name', 'description'], 'properties': {'id': {'type': 'string', 'format': 'uuid'}, 'name': {'type': 'string'}, 'description': {'type': 'string'}}}}}, 'HSDSPage': {'type': 'object', 'required': ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'], 'properties': {'total_items': {'type': 'integer'}, 'total_pages': {'type': 'integer'}, 'page_number': {'type': 'integer'}, 'size': {'type': 'integer'}, 'first_page': {'type': 'boolean'}, 'last_page': {'type': 'boolean'}, 'empty': {'type': 'boolean'}, 'contents': {'type': 'array', 'items': {'$ref': '#/components/schemas/HSDSService'}}}}}
    static let schemasHSDS = #"""
    {
      "HSDSService": {
        "type": "object",
        "description": "An Open Referral HSDS 3 service (compiled form): a unit of the municipality, with the organization, phones, opening hours as schedules and the unit's premises as locations nested",
        "required": [
          "id",
          "organization_id",
          "name",
          "description",
          "status",
          "phones",
          "schedules",
          "service_at_locations",
          "organization"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "organization_id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive",
              "defunct",
              "temporarily closed"
            ]
          },
          "phones": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "number"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "number": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                }
              }
            }
          },
          "schedules": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "service_id",
                "freq",
                "byday",
                "opens_at",
                "closes_at",
                "notes"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "service_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "freq": {
                  "type": "string",
                  "enum": [
                    "WEEKLY",
                    "MONTHLY"
                  ]
                },
                "byday": {
                  "type": "string",
                  "enum": [
                    "MO",
                    "TU",
                    "WE",
                    "TH",
                    "FR",
                    "SA",
                    "SU"
                  ]
                },
                "opens_at": {
                  "type": "string"
                },
                "closes_at": {
                  "type": "string"
                },
                "valid_from": {
                  "type": "string",
                  "format": "date"
                },
                "valid_to": {
                  "type": "string",
                  "format": "date"
                },
                "notes": {
                  "type": "string"
                }
              }
            }
          },
          "service_at_locations": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "service_id",
                "location_id",
                "location"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "service_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "location_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "location": {
                  "type": "object",
                  "required": [
                    "id",
                    "location_type",
                    "name",
                    "description",
                    "addresses"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "location_type": {
                      "type": "string",
                      "enum": [
                        "physical",
                        "postal",
                        "virtual"
                      ]
                    },
                    "name": {
                      "type": "string"
                    },
                    "description": {
                      "type": "string"
                    },
                    "latitude": {
                      "type": "number"
                    },
                    "longitude": {
                      "type": "number"
                    },
                    "addresses": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "id",
                          "location_id",
                          "address_1",
                          "city",
                          "state_province",
                          "postal_code",
                          "country",
                          "address_type"
                        ],
                        "properties": {
                          "id": {
                            "type": "string",
                            "format": "uuid"
                          },
                          "location_id": {
                            "type": "string",
                            "format": "uuid"
                          },
                          "address_1": {
                            "type": "string"
                          },
                          "city": {
                            "type": "string"
                          },
                          "state_province": {
                            "type": "string"
                          },
                          "postal_code": {
                            "type": "string"
                          },
                          "country": {
                            "type": "string"
                          },
                          "address_type": {
                            "type": "string",
                            "enum": [
                              "physical",
                              "postal",
                              "virtual"
                            ]
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "organization": {
            "type": "object",
            "required": [
              "id",
              "name",
              "description"
            ],
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "name": {
                "type": "string"
              },
              "description": {
                "type": "string"
              }
            }
          }
        }
      },
      "HSDSPage": {
        "type": "object",
        "required": [
          "total_items",
          "total_pages",
          "page_number",
          "size",
          "first_page",
          "last_page",
          "empty",
          "contents"
        ],
        "properties": {
          "total_items": {
            "type": "integer"
          },
          "total_pages": {
            "type": "integer"
          },
          "page_number": {
            "type": "integer"
          },
          "size": {
            "type": "integer"
          },
          "first_page": {
            "type": "boolean"
          },
          "last_page": {
            "type": "boolean"
          },
          "empty": {
            "type": "boolean"
          },
          "contents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HSDSService"
            }
          }
        }
      }
    }
    """#
}
