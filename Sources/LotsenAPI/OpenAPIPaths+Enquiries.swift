extension OpenAPIDocument {
    /// The enquiry operations: the route (en väg in), enquiries for the public and staff, personal data for admins.
    static let pathsEnquiries = #"""
    {
      "/v1/route": {
        "post": {
          "summary": "Route an enquiry (en väg in) without storing it: ranked units with scores and reasons, the best unit's channels with open now / opens at / closes at, the service catalogue entry with its short answer and link (service), matching grants with their next deadline, premises that fit the capacity, place, kind and equipment the question states (premises_note when only the nearest could be offered), and what the question was read to ask (reading)",
          "operationId": "route",
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EnquiryText"
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "The route and direct answers",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/RouteAnswer"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "413": {
              "$ref": "#/components/responses/TooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/enquiries": {
        "post": {
          "summary": "Submit an enquiry (ärende); answers 201 with its reference, the route and direct answers, never personal data",
          "operationId": "createEnquiry",
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NewEnquiry"
                }
              }
            }
          },
          "responses": {
            "201": {
              "description": "Stored and routed",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/EnquiryReceipt"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "413": {
              "$ref": "#/components/responses/TooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        },
        "get": {
          "summary": "Staff: enquiries, newest first",
          "operationId": "listEnquiries",
          "security": [
            {
              "staffToken": []
            }
          ],
          "parameters": [
            {
              "name": "status",
              "in": "query",
              "schema": {
                "type": "string",
                "enum": [
                  "received",
                  "routed",
                  "forwarded",
                  "answered",
                  "closed"
                ]
              }
            },
            {
              "name": "unit",
              "in": "query",
              "schema": {
                "type": "string"
              },
              "description": "Assigned unit id"
            },
            {
              "name": "older_than_days",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 0,
                "maximum": 3650
              }
            },
            {
              "name": "limit",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 200,
                "default": 50
              }
            },
            {
              "name": "offset",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 0,
                "default": 0,
                "maximum": 1000000
              }
            }
          ],
          "responses": {
            "200": {
              "description": "A page of enquiries with personal data and history",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "total",
                      "items"
                    ],
                    "properties": {
                      "total": {
                        "type": "integer"
                      },
                      "items": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/EnquiryRecord"
                        }
                      }
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/enquiries/{reference}": {
        "get": {
          "summary": "Staff: one enquiry with its history",
          "operationId": "getEnquiry",
          "security": [
            {
              "staffToken": []
            }
          ],
          "parameters": [
            {
              "name": "reference",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string",
                "example": "KRS-2026-000042"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The enquiry",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/EnquiryRecord"
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        },
        "patch": {
          "summary": "Staff: reassign, change status (forward only) or add a note; every change is logged with the token's name",
          "operationId": "changeEnquiry",
          "security": [
            {
              "staffToken": []
            }
          ],
          "parameters": [
            {
              "name": "reference",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "assigned_unit": {
                      "type": "string",
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
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
                    "note": {
                      "type": "string",
                      "maxLength": 4000,
                      "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "The changed enquiry",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/EnquiryRecord"
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "description": "Not allowed now (closed, or status going back)",
              "content": {
                "application/problem+json": {
                  "schema": {
                    "$ref": "#/components/schemas/Problem"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "413": {
              "$ref": "#/components/responses/TooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/admin/personal-data": {
        "get": {
          "summary": "Admin: everything held about one e-mail address (GDPR art. 15)",
          "operationId": "exportPersonalData",
          "security": [
            {
              "staffToken": []
            }
          ],
          "parameters": [
            {
              "name": "email",
              "in": "query",
              "required": true,
              "schema": {
                "type": "string",
                "format": "email"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The enquiries",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "email",
                      "enquiries"
                    ],
                    "properties": {
                      "email": {
                        "type": "string"
                      },
                      "enquiries": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/EnquiryRecord"
                        }
                      }
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "description": "Not an admin token",
              "content": {
                "application/problem+json": {
                  "schema": {
                    "$ref": "#/components/schemas/Problem"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        },
        "delete": {
          "summary": "Admin: erase the personal data of every enquiry with this e-mail address (GDPR art. 17); text and routing stay, anonymous",
          "operationId": "erasePersonalData",
          "security": [
            {
              "staffToken": []
            }
          ],
          "parameters": [
            {
              "name": "email",
              "in": "query",
              "required": true,
              "schema": {
                "type": "string",
                "format": "email"
              }
            }
          ],
          "responses": {
            "200": {
              "description": "How many enquiries were erased",
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "email",
                      "erased"
                    ],
                    "properties": {
                      "email": {
                        "type": "string"
                      },
                      "erased": {
                        "type": "integer"
                      }
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "description": "Not an admin token",
              "content": {
                "application/problem+json": {
                  "schema": {
                    "$ref": "#/components/schemas/Problem"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      }
    }
    """#
}
