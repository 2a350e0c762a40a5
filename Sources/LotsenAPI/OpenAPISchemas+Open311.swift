extension OpenAPIDocument {
    /// Schemas: {'GeoReportErrors': {'type': 'array', 'description': 'GeoReport v2 errors (XML: <errors><error><code/><description/></error></errors>)', 'items': {'type': 'object', 'required': ['code', 'description'], 'properties': {'code': {'type': 'integer', 'description': 'The HTTP status'}, 'description': {'type': 'string'}}}}, 'GeoReportService': {'type': 'object', 'required': ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'], 'properties': {'service_code': {'type': 'string'}, 'service_name': {'type': 'string'}, 'description': {'type': 'string'}, 'metadata': {'type': 'boolean'}, 'type': {'type': 'string', 'enum': ['realtime', 'batch', 'blackbox']}, 'keywords': {'type': 'string', 'description': 'Comma-separated'}, 'group': {'type': 'string', 'description': "The responsible unit's id"}}}, 'GeoReportServiceDefinition': {'type': 'object', 'required': ['service_code', 'attributes'], 'properties': {'service_code': {'type': 'string'}, 'attributes': {'type': 'array', 'items': {'type': 'object'}, 'maxItems': 0}}}, 'GeoReportRequest': {'type': 'object', 'description': "A request (an enquiry) without its text or personal data. The location fields are the sender's, erased with the personal data.", 'required': ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'agency_responsible', 'requested_datetime', 'updated_datetime', 'address', 'lat', 'long', 'media_url'], 'properties': {'service_request_id': {'type': 'string'}, 'status': {'type': 'string', 'enum': ['open', 'closed']}, 'status_notes': {'type': 'string', 'enum': ['received', 'routed', 'forwarded', 'answered', 'closed']}, 'service_name': {'type': ['string', 'null']}, 'service_code': {'type': ['string', 'null']}, 'agency_responsible': {'type': 'string'}, 'requested_datetime': {'type': 'string', 'format': 'date-time'}, 'updated_datetime': {'type': 'string', 'format': 'date-time'}, 'address': {'type': ['string', 'null']}, 'lat': {'type': ['number', 'null']}, 'long': {'type': ['number', 'null']}, 'media_url': {'type': ['string', 'null']}}}, 'GeoReportCreated': {'type': 'object', 'required': ['service_request_id', 'service_notice', 'account_id'], 'properties': {'service_request_id': {'type': 'string'}, 'service_notice': {'type': 'string'}, 'account_id': {'type': 'null'}}}, 'GeoReportDiscovery': {'type': 'object', 'required': ['changeset', 'contact', 'key_service', 'endpoints'], 'properties': {'changeset': {'type': 'string', 'format': 'date-time'}, 'contact': {'type': 'string'}, 'key_service': {'type': 'string'}, 'endpoints': {'type': 'array', 'items': {'type': 'object', 'required': ['specification', 'url', 'changeset', 'type', 'formats'], 'properties': {'specification': {'type': 'string'}, 'url': {'type': 'string'}, 'changeset': {'type': 'string', 'format': 'date-time'}, 'type': {'type': 'string', 'enum': ['production', 'test']}, 'formats': {'type': 'array', 'items': {'type': 'string'}}}}}}}}
    static let schemasOpen311 = #"""
    {
      "GeoReportErrors": {
        "type": "array",
        "description": "GeoReport v2 errors (XML: <errors><error><code/><description/></error></errors>)",
        "items": {
          "type": "object",
          "required": [
            "code",
            "description"
          ],
          "properties": {
            "code": {
              "type": "integer",
              "description": "The HTTP status"
            },
            "description": {
              "type": "string"
            }
          }
        }
      },
      "GeoReportService": {
        "type": "object",
        "required": [
          "service_code",
          "service_name",
          "description",
          "metadata",
          "type",
          "keywords",
          "group"
        ],
        "properties": {
          "service_code": {
            "type": "string"
          },
          "service_name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "metadata": {
            "type": "boolean"
          },
          "type": {
            "type": "string",
            "enum": [
              "realtime",
              "batch",
              "blackbox"
            ]
          },
          "keywords": {
            "type": "string",
            "description": "Comma-separated"
          },
          "group": {
            "type": "string",
            "description": "The responsible unit's id"
          }
        }
      },
      "GeoReportServiceDefinition": {
        "type": "object",
        "required": [
          "service_code",
          "attributes"
        ],
        "properties": {
          "service_code": {
            "type": "string"
          },
          "attributes": {
            "type": "array",
            "items": {
              "type": "object"
            },
            "maxItems": 0
          }
        }
      },
      "GeoReportRequest": {
        "type": "object",
        "description": "A request (an enquiry) without its text or personal data. The location fields are the sender's, erased with the personal data.",
        "required": [
          "service_request_id",
          "status",
          "status_notes",
          "service_name",
          "service_code",
          "agency_responsible",
          "requested_datetime",
          "updated_datetime",
          "address",
          "lat",
          "long",
          "media_url"
        ],
        "properties": {
          "service_request_id": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "closed"
            ]
          },
          "status_notes": {
            "type": "string",
            "enum": [
              "received",
              "routed",
              "forwarded",
              "answered",
              "closed"
            ]
          },
          "service_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "service_code": {
            "type": [
              "string",
              "null"
            ]
          },
          "agency_responsible": {
            "type": "string"
          },
          "requested_datetime": {
            "type": "string",
            "format": "date-time"
          },
          "updated_datetime": {
            "type": "string",
            "format": "date-time"
          },
          "address": {
            "type": [
              "string",
              "null"
            ]
          },
          "lat": {
            "type": [
              "number",
              "null"
            ]
          },
          "long": {
            "type": [
              "number",
              "null"
            ]
          },
          "media_url": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "GeoReportCreated": {
        "type": "object",
        "required": [
          "service_request_id",
          "service_notice",
          "account_id"
        ],
        "properties": {
          "service_request_id": {
            "type": "string"
          },
          "service_notice": {
            "type": "string"
          },
          "account_id": {
            "type": "null"
          }
        }
      },
      "GeoReportDiscovery": {
        "type": "object",
        "required": [
          "changeset",
          "contact",
          "key_service",
          "endpoints"
        ],
        "properties": {
          "changeset": {
            "type": "string",
            "format": "date-time"
          },
          "contact": {
            "type": "string"
          },
          "key_service": {
            "type": "string"
          },
          "endpoints": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "specification",
                "url",
                "changeset",
                "type",
                "formats"
              ],
              "properties": {
                "specification": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "changeset": {
                  "type": "string",
                  "format": "date-time"
                },
                "type": {
                  "type": "string",
                  "enum": [
                    "production",
                    "test"
                  ]
                },
                "formats": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      }
    }
    """#
}
