extension OpenAPIDocument {
    /// The shared parameters, responses and security schemes the operations refer to (schemas are in the
    /// OpenAPISchemas files).
    static let components = #"""
    {
      "securitySchemes": {
        "staffToken": {
          "type": "http",
          "scheme": "bearer",
          "description": "Created with `lotsen token create --name NAME --role staff|editor|admin`; only its hash is stored. Editing the catalogue needs editor or admin"
        }
      },
      "responses": {
        "Unauthorized": {
          "description": "No token, or an unknown or revoked one",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "BadRequest": {
          "description": "A parameter is unknown, malformed or out of range",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "NotFound": {
          "description": "No such record",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "TooLarge": {
          "description": "The body is larger than the operation takes",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "UnsupportedMediaType": {
          "description": "The body is not application/json (the media type is compared whole)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "Forbidden": {
          "description": "A write from a browser on another site (CORS: writes only from the site itself or a configured origin), or a token without the role",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "GeoReportErrorsJson": {
          "description": "The request was refused: GeoReport's error list",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GeoReportErrors"
              }
            }
          }
        },
        "NotModified": {
          "description": "The representation the client holds (If-None-Match) is still current"
        }
      },
      "parameters": {
        "premises_q": {
          "name": "q",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 200
          },
          "description": "Free text"
        },
        "premises_min_capacity": {
          "name": "min_capacity",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        "premises_district": {
          "name": "district",
          "in": "query",
          "schema": {
            "type": "string"
          },
          "description": "Town or district, e.g. Kristianstad, Åhus"
        },
        "premises_kind": {
          "name": "kind",
          "in": "query",
          "schema": {
            "type": "string"
          },
          "description": "A premises_kind code from /v1/vocabulary"
        },
        "premises_facility": {
          "name": "facility",
          "in": "query",
          "schema": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "style": "form",
          "explode": true,
          "description": "Facility codes; repeat for several, all must be present"
        },
        "premises_accessible": {
          "name": "accessible",
          "in": "query",
          "schema": {
            "type": "boolean"
          },
          "description": "true: step-free access and an accessible toilet"
        },
        "premises_max_price": {
          "name": "max_price",
          "in": "query",
          "schema": {
            "type": "number",
            "minimum": 0
          },
          "description": "Highest price in SEK per price_unit for the tariff"
        },
        "premises_tariff": {
          "name": "tariff",
          "in": "query",
          "schema": {
            "type": "string",
            "default": "taxa1"
          }
        },
        "premises_price_unit": {
          "name": "price_unit",
          "in": "query",
          "schema": {
            "type": "string",
            "enum": [
              "hour",
              "half_day",
              "day",
              "occasion",
              "season"
            ],
            "default": "hour"
          }
        },
        "premises_near": {
          "name": "near",
          "in": "query",
          "schema": {
            "type": "string",
            "pattern": "^-?[0-9.]+,-?[0-9.]+$"
          },
          "description": "lat,lon (WGS 84)"
        },
        "premises_radius_km": {
          "name": "radius_km",
          "in": "query",
          "schema": {
            "type": "number",
            "maximum": 1000,
            "minimum": 0.001
          },
          "description": "Requires near"
        },
        "premises_sort": {
          "name": "sort",
          "in": "query",
          "schema": {
            "type": "string",
            "enum": [
              "relevance",
              "name",
              "capacity",
              "distance"
            ]
          },
          "description": "Default: relevance with q, else name. distance requires near"
        },
        "premises_limit": {
          "name": "limit",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          }
        },
        "premises_offset": {
          "name": "offset",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10000,
            "default": 0
          }
        },
        "premises_modified_after": {
          "name": "modified_after",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date-time"
          },
          "description": "Only records changed after this instant; withdrawn records are then included (with withdrawn_at) so sync clients see removals"
        },
        "premises_relax": {
          "name": "relax",
          "in": "query",
          "schema": {
            "type": "boolean",
            "default": false
          },
          "description": "When nothing matches, leave out what emptied the result (words that find nothing, then district, then kind) and list it in `relaxed`"
        },
        "grants_q": {
          "name": "q",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 200
          }
        },
        "grants_applicant": {
          "name": "applicant",
          "in": "query",
          "schema": {
            "type": "string"
          },
          "description": "An applicant code (forening, organisation, studieforbund, grupp, privatperson)"
        },
        "grants_category": {
          "name": "category",
          "in": "query",
          "schema": {
            "type": "string"
          },
          "description": "A grant_category code"
        },
        "grants_unit": {
          "name": "unit",
          "in": "query",
          "schema": {
            "type": "string"
          },
          "description": "Owning unit id"
        },
        "grants_limit": {
          "name": "limit",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          }
        },
        "grants_offset": {
          "name": "offset",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10000,
            "default": 0
          }
        }
      }
    }
    """#
}
