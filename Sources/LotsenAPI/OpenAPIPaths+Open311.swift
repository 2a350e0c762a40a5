extension OpenAPIDocument {
    /// Open311 GeoReport v2, in its `.json` form (the `.xml` twins are made from these; see ``OpenAPIDocument``).
    static let pathsOpen311 = #"""
    {
      "/open311/v2/discovery.json": {
        "get": {
          "summary": "Open311: discovery",
          "operationId": "open311Discovery",
          "parameters": [
            {
              "name": "jurisdiction_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted; when the operator configured one, another is refused (404)"
            },
            {
              "name": "api_key",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted on every call; needed only to submit, when the operator configured keys"
            }
          ],
          "responses": {
            "200": {
              "description": "Where and how the endpoint is served",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/GeoReportDiscovery"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          }
        }
      },
      "/open311/v2/services.json": {
        "get": {
          "summary": "Open311 GeoReport v2: services (the routing topics)",
          "operationId": "open311Services",
          "responses": {
            "200": {
              "description": "The services (routing topics)",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GeoReportService"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          },
          "parameters": [
            {
              "name": "jurisdiction_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted; when the operator configured one, another is refused (404)"
            },
            {
              "name": "api_key",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted on every call; needed only to submit, when the operator configured keys"
            }
          ]
        }
      },
      "/open311/v2/services/{service_code}.json": {
        "get": {
          "summary": "Open311: a service definition",
          "operationId": "open311Service",
          "parameters": [
            {
              "name": "service_code",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "jurisdiction_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted; when the operator configured one, another is refused (404)"
            },
            {
              "name": "api_key",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted on every call; needed only to submit, when the operator configured keys"
            }
          ],
          "responses": {
            "200": {
              "description": "The service's definition (no attributes)",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/GeoReportServiceDefinition"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "404": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          }
        }
      },
      "/open311/v2/requests.json": {
        "post": {
          "summary": "Open311: submit a request",
          "operationId": "open311CreateRequest",
          "responses": {
            "201": {
              "description": "The request was stored",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GeoReportCreated"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "403": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "404": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "413": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          },
          "description": "Form-encoded, as GeoReport v2 says. The request becomes an enquiry routed like any other; the answer holds its reference (service_request_id).",
          "requestBody": {
            "required": true,
            "content": {
              "application/x-www-form-urlencoded": {
                "schema": {
                  "type": "object",
                  "required": [
                    "service_code"
                  ],
                  "properties": {
                    "service_code": {
                      "type": "string",
                      "description": "A service from services.json"
                    },
                    "description": {
                      "type": "string",
                      "maxLength": 4000,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    },
                    "email": {
                      "type": "string",
                      "format": "email",
                      "maxLength": 254
                    },
                    "first_name": {
                      "type": "string",
                      "maxLength": 100,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    },
                    "last_name": {
                      "type": "string",
                      "maxLength": 100,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    },
                    "phone": {
                      "type": "string",
                      "maxLength": 40,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    },
                    "jurisdiction_id": {
                      "type": "string",
                      "maxLength": 200
                    },
                    "api_key": {
                      "type": "string",
                      "maxLength": 200
                    },
                    "lat": {
                      "type": "string",
                      "description": "Latitude, WGS 84 (-90…90); with long"
                    },
                    "long": {
                      "type": "string",
                      "description": "Longitude, WGS 84 (-180…180); with lat"
                    },
                    "address_string": {
                      "type": "string",
                      "maxLength": 500,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    },
                    "address_id": {
                      "type": "string"
                    },
                    "device_id": {
                      "type": "string"
                    },
                    "account_id": {
                      "type": "string"
                    },
                    "media_url": {
                      "type": "string",
                      "maxLength": 2000,
                      "pattern": "^https?://[^\\u0000-\\u0020\\u007F-\\u009F]*$"
                    }
                  }
                }
              }
            }
          }
        },
        "get": {
          "summary": "Open311: requests (status only, no text or personal data)",
          "operationId": "open311Requests",
          "responses": {
            "200": {
              "description": "Requests, newest first",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GeoReportRequest"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "404": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          },
          "parameters": [
            {
              "name": "start_date",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date-time"
              },
              "description": "Default: 90 days before end_date"
            },
            {
              "name": "end_date",
              "in": "query",
              "schema": {
                "type": "string",
                "format": "date-time"
              },
              "description": "Default: now; at most 90 days after start_date"
            },
            {
              "name": "page",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100000,
                "default": 1
              }
            },
            {
              "name": "page_size",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 200,
                "default": 50
              }
            },
            {
              "name": "service_request_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 4000
              },
              "description": "Comma-separated ids (at most 200); overrides the other filters"
            },
            {
              "name": "status",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "pattern": "^(open|closed)(,(open|closed))*$"
              },
              "description": "open, closed, or both comma-separated"
            },
            {
              "name": "service_code",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Comma-separated service codes"
            },
            {
              "name": "jurisdiction_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted; when the operator configured one, another is refused (404)"
            },
            {
              "name": "api_key",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted on every call; needed only to submit, when the operator configured keys"
            }
          ]
        }
      },
      "/open311/v2/requests/{service_request_id}.json": {
        "get": {
          "summary": "Open311: one request's status",
          "operationId": "open311Request",
          "parameters": [
            {
              "name": "service_request_id",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            },
            {
              "name": "jurisdiction_id",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted; when the operator configured one, another is refused (404)"
            },
            {
              "name": "api_key",
              "in": "query",
              "required": false,
              "schema": {
                "type": "string",
                "maxLength": 200
              },
              "description": "Accepted on every call; needed only to submit, when the operator configured keys"
            }
          ],
          "responses": {
            "200": {
              "description": "The request, as a list of one",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GeoReportRequest"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            },
            "404": {
              "$ref": "#/components/responses/GeoReportErrorsJson"
            }
          }
        }
      }
    }
    """#
}
