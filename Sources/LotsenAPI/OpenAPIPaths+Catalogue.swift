extension OpenAPIDocument {
    /// The catalogue's operations: health, the document itself, premises, grants, units and the vocabulary.
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
