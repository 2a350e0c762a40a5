extension OpenAPIDocument {
    /// The open-data downloads: premises and grants as CSV, the units as Open Referral HSDS services.
    static let pathsOpenData = #"""
    {
      "/v1/premises.csv": {
        "get": {
          "summary": "Matching premises as open data (CSV, CC0)",
          "description": "The same filters as /v1/premises; every matching premises, no paging. RFC 4180 CSV (commas, UTF-8, CRLF) with numbers in their own columns next to the human text.",
          "operationId": "premisesCSV",
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
              "$ref": "#/components/parameters/premises_modified_after"
            }
          ],
          "responses": {
            "200": {
              "description": "The premises",
              "headers": {
                "Link": {
                  "description": "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"",
                  "schema": {
                    "type": "string"
                  }
                }
              },
              "content": {
                "text/csv": {
                  "schema": {
                    "type": "string",
                    "description": "Columns: id, namn, typ, byggnad, ort, gatuadress, postnummer, lat, lon, antal_personer, antal_personer_uppskattat, yta_m2, utrustning, entre_utan_trappsteg, tillganglig_toalett, telefon, epost, bokning_url, priser_text, pris_<taxa>_kr_per_<enhet> (one a tariff and unit in use), kalla, andrad"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/grants.csv": {
        "get": {
          "summary": "Matching grants as open data (CSV, CC0)",
          "operationId": "grantsCSV",
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
            }
          ],
          "responses": {
            "200": {
              "description": "The grants",
              "headers": {
                "Link": {
                  "description": "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"",
                  "schema": {
                    "type": "string"
                  }
                }
              },
              "content": {
                "text/csv": {
                  "schema": {
                    "type": "string",
                    "description": "Columns: id, namn, sammanfattning, vem_kan_soka, kategorier, villkor, hogsta_belopp_kr, sista_ansokningsdag_text, ansvarig_enhet, ansokan_url, kalla, andrad, bidragsgivare (empty: the municipality)"
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          },
          "description": "The same filters as /v1/grants; every matching grant, no paging. RFC 4180 CSV."
        }
      },
      "/v1/hsds/services": {
        "get": {
          "summary": "The units as Open Referral HSDS 3 services (open data, CC0)",
          "operationId": "hsdsServices",
          "description": "Each unit of the municipality as an HSDS 3 service with its organization, phones, opening hours (schedules, Swedish local time) and premises (locations) nested; ids are stable UUIDs.",
          "parameters": [
            {
              "name": "page",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 10000,
                "default": 1
              }
            },
            {
              "name": "per_page",
              "in": "query",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100,
                "default": 50
              }
            }
          ],
          "responses": {
            "200": {
              "description": "A page of services",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/HSDSPage"
                  }
                }
              }
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            }
          }
        }
      },
      "/v1/hsds/services/{id}": {
        "get": {
          "summary": "One HSDS service",
          "operationId": "hsdsService",
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
              "description": "The service",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/HSDSService"
                  }
                }
              }
            },
            "304": {
              "$ref": "#/components/responses/NotModified"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        }
      }
    }
    """#
}
