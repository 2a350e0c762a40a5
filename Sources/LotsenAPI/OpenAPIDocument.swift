import Foundation

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`.
/// Keep it in step with the controllers: `everyRouteIsAnOperationOfTheDocument` (APITests) checks every route is an
/// operation here and every operation a route.
enum OpenAPIDocument {
    /// The document with `server` as its one server's URL.
    static func json(server: String) -> String {
        guard var document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return json }
        document["servers"] = [["url": server]]
        return serialized(document)
    }

    /// The written document with each Open311 `.json` operation's `.xml` twin added: the same parameters, the same
    /// answers as `text/xml`, `Xml` after its operationId.
    static let json: String = {
        guard var document = try? JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any],
              var paths = document["paths"] as? [String: Any], var components = document["components"] as? [String: Any],
              var responses = components["responses"] as? [String: Any] else { return written }
        for (path, item) in paths where path.hasPrefix("/open311/") && path.hasSuffix(".json") {
            guard let operations = item as? [String: Any] else { continue }
            paths[String(path.dropLast(5)) + ".xml"] = operations.mapValues { xmlTwin(of: $0) }
        }
        responses["GeoReportErrorsXml"] = [
            "description": "The request was refused: GeoReport's error list as XML (<errors><error><code/><description/></error></errors>)",
            "content": ["text/xml": xmlBody],
        ]
        components["responses"] = responses
        document["components"] = components
        document["paths"] = paths
        return serialized(document)
    }()

    static var xmlBody: [String: Any] { ["schema": ["type": "string", "description": "The same document as XML, with the element names GeoReport v2 shows"]] }

    static func xmlTwin(of operation: Any) -> Any {
        guard var operation = operation as? [String: Any] else { return operation }
        operation["operationId"] = (operation["operationId"] as? String ?? "") + "Xml"
        if let responses = operation["responses"] as? [String: Any] {
            operation["responses"] = responses.mapValues { response -> Any in
                guard var response = response as? [String: Any] else { return response }
                if let reference = response["$ref"] as? String {
                    response["$ref"] = reference.replacingOccurrences(of: "GeoReportErrorsJson", with: "GeoReportErrorsXml")
                } else if response["content"] != nil {
                    response["content"] = ["text/xml": xmlBody]
                }
                return response
            }
        }
        return operation
    }

    static func serialized(_ document: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return written }
        return String(decoding: data, as: UTF8.self)
    }

    /// The document as written: Open311 operations in their `.json` form only.
    static let written = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Lotsen API",
        "version": "1.0.0",
        "summary": "En väg in: lokaler, bidrag och kontaktvägar i Kristianstads kommun.",
        "description": "Read-only query API over the normalized store of premises (lokaler), grants (bidrag) and municipal units. JSON with snake_case field names; errors as application/problem+json (RFC 9457). Every list response carries ETag and Last-Modified; send If-None-Match to get 304. CORS: reads (GET, HEAD) from any origin; writes (POST, PATCH, DELETE) from a browser only from the site itself or a configured origin. HEAD answers every GET operation; a known path with the wrong method is 405 with Allow. Control characters (NUL, escape, DEL, C1) are refused in every text field.",
        "license": {
          "name": "CC0 1.0 (the catalogue: premises, grants, units, calendar)",
          "identifier": "CC0-1.0"
        }
      },
      "servers": [
        {
          "url": "http://localhost:8080"
        }
      ],
      "paths": {
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
                      "description": "Columns: id, namn, sammanfattning, vem_kan_soka, kategorier, villkor, hogsta_belopp_kr, sista_ansokningsdag_text, ansvarig_enhet, ansokan_url, kalla, andrad"
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
        },
        "/v1/grants/{id}/deadlines": {
          "get": {
            "summary": "A grant's parsed deadline rules, its next dates, and open or relative deadlines",
            "operationId": "getGrantDeadlines",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "from",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                },
                "description": "Count from this day (default today, Europe/Stockholm)"
              },
              {
                "name": "count",
                "in": "query",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 24,
                  "default": 2
                }
              },
              {
                "name": "event_date",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                },
                "description": "For deadlines relative to an event (\"senast sex veckor före arrangemanget\")"
              }
            ],
            "responses": {
              "200": {
                "description": "Rules (each with its verbatim phrase and confidence), next deadlines, undated ones",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/GrantDeadlines"
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
        "/v1/calendar": {
          "get": {
            "summary": "The grant calendar (bidragskalender): deadlines and årshjul events in a date range, sorted",
            "operationId": "getCalendar",
            "parameters": [
              {
                "name": "from",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                },
                "description": "Default: today"
              },
              {
                "name": "to",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                },
                "description": "Default: a year after from; at most five years"
              },
              {
                "name": "applicant",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "category",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "unit",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "type",
                "in": "query",
                "schema": {
                  "type": "string",
                  "enum": [
                    "all",
                    "deadline"
                  ]
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Entries with date, effective_date (next working day), status confirmed/projected/past/rolling/relative/unknown, is_forecast, phrase, uid",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Calendar"
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
        "/v1/calendar.ics": {
          "get": {
            "summary": "The same calendar as a subscribable iCalendar feed (RFC 5545, all-day events, stable UIDs)",
            "operationId": "getCalendarFeed",
            "parameters": [
              {
                "name": "from",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                },
                "description": "Default: a month ago"
              },
              {
                "name": "to",
                "in": "query",
                "schema": {
                  "type": "string",
                  "format": "date"
                }
              },
              {
                "name": "applicant",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "category",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "unit",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "type",
                "in": "query",
                "schema": {
                  "type": "string",
                  "enum": [
                    "all",
                    "deadline"
                  ]
                }
              },
              {
                "name": "remind_days",
                "in": "query",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 365
                },
                "description": "Adds a VALARM this many days before each deadline"
              },
              {
                "name": "working_days",
                "in": "query",
                "schema": {
                  "type": "boolean"
                },
                "description": "Place deadlines on the next working day when they fall on a weekend or holiday"
              }
            ],
            "responses": {
              "200": {
                "description": "text/calendar",
                "content": {
                  "text/calendar": {
                    "schema": {
                      "type": "string"
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
        },
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
        },
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
      },
      "components": {
        "securitySchemes": {
          "staffToken": {
            "type": "http",
            "scheme": "bearer",
            "description": "Created with `lotsen token create --name NAME --role staff|admin`; only its hash is stored"
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
        "schemas": {
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
          "OpenStatus": {
            "type": "object",
            "properties": {
              "is_open": {
                "type": "boolean"
              },
              "closes_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "opens_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              }
            }
          },
          "Unit": {
            "type": "object",
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
              "open_now": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "channels": {
                "type": "array",
                "items": {
                  "type": "object",
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
                    },
                    "open_now": {
                      "$ref": "#/components/schemas/OpenStatus"
                    }
                  },
                  "required": [
                    "kind",
                    "value"
                  ]
                }
              }
            }
          },
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
          },
          "TimeRange": {
            "type": "object",
            "required": [
              "opens",
              "closes"
            ],
            "properties": {
              "opens": {
                "type": "string",
                "pattern": "^[0-2][0-9]:[0-5][0-9]$"
              },
              "closes": {
                "type": "string",
                "pattern": "^[0-2][0-9]:[0-5][0-9]$"
              }
            }
          },
          "OpeningHours": {
            "type": "object",
            "required": [
              "regular",
              "exceptions",
              "closed_on_public_holidays"
            ],
            "properties": {
              "regular": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "weekday",
                    "opens",
                    "closes"
                  ],
                  "properties": {
                    "weekday": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 7,
                      "description": "1 = Monday"
                    },
                    "opens": {
                      "type": "string",
                      "pattern": "^[0-2][0-9]:[0-5][0-9]$"
                    },
                    "closes": {
                      "type": "string",
                      "pattern": "^[0-2][0-9]:[0-5][0-9]$"
                    },
                    "valid_from": {
                      "type": "string",
                      "format": "date"
                    },
                    "valid_to": {
                      "type": "string",
                      "format": "date"
                    }
                  }
                }
              },
              "exceptions": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "date",
                    "intervals"
                  ],
                  "properties": {
                    "date": {
                      "type": "string",
                      "format": "date"
                    },
                    "intervals": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/TimeRange"
                      }
                    },
                    "note": {
                      "type": "string"
                    }
                  },
                  "description": "A dated day with other hours (none: closed)"
                }
              },
              "closed_on_public_holidays": {
                "type": "boolean"
              }
            },
            "description": "Weekly hours in Swedish local time"
          },
          "YearDay": {
            "type": "object",
            "required": [
              "anchor"
            ],
            "properties": {
              "anchor": {
                "type": "string",
                "enum": [
                  "date",
                  "last_day",
                  "last_working_day",
                  "week"
                ]
              },
              "month": {
                "type": "integer",
                "minimum": 1,
                "maximum": 12
              },
              "day": {
                "type": "integer",
                "minimum": 1,
                "maximum": 31
              },
              "week": {
                "type": "integer",
                "minimum": 1,
                "maximum": 53
              }
            },
            "description": "A day of the year: a date, a month's last (working) day, or an ISO week"
          },
          "DeadlineRule": {
            "type": "object",
            "required": [
              "kind",
              "phrase",
              "confidence"
            ],
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "yearly",
                  "dated",
                  "rolling",
                  "relative",
                  "unknown"
                ]
              },
              "closes": {
                "$ref": "#/components/schemas/YearDay"
              },
              "opens": {
                "$ref": "#/components/schemas/YearDay"
              },
              "year": {
                "type": "integer"
              },
              "opens_year": {
                "type": "integer"
              },
              "recurring": {
                "type": "boolean"
              },
              "grant_year_offset": {
                "type": "integer"
              },
              "offset": {
                "type": "object",
                "required": [
                  "amount",
                  "unit"
                ],
                "properties": {
                  "amount": {
                    "type": "integer"
                  },
                  "unit": {
                    "type": "string",
                    "enum": [
                      "days",
                      "weeks",
                      "months"
                    ]
                  }
                }
              },
              "event": {
                "type": "string"
              },
              "phrase": {
                "type": "string",
                "description": "The sentence the rule was read from, verbatim"
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1
              }
            },
            "description": "A deadline as read from the grant's wording; what could not be read is kind unknown (no date is invented)"
          },
          "CalendarEntry": {
            "type": "object",
            "required": [
              "type",
              "uid",
              "title",
              "date",
              "status",
              "is_forecast",
              "approximate",
              "description"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "deadline",
                  "event"
                ]
              },
              "uid": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "grant_id": {
                "type": "string"
              },
              "event_id": {
                "type": "string"
              },
              "date": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date"
              },
              "end_date": {
                "type": "string",
                "format": "date"
              },
              "effective_date": {
                "type": "string",
                "format": "date"
              },
              "opens": {
                "type": "string",
                "format": "date"
              },
              "status": {
                "type": "string",
                "enum": [
                  "confirmed",
                  "projected",
                  "past",
                  "rolling",
                  "relative",
                  "unknown"
                ]
              },
              "is_forecast": {
                "type": "boolean"
              },
              "approximate": {
                "type": "boolean"
              },
              "phrase": {
                "type": "string"
              },
              "grant_year": {
                "type": "integer"
              },
              "url": {
                "type": "string"
              },
              "description": {
                "type": "string"
              },
              "unit_id": {
                "type": "string"
              }
            }
          },
          "Calendar": {
            "type": "object",
            "required": [
              "from",
              "to",
              "entries",
              "ics_url"
            ],
            "properties": {
              "from": {
                "type": "string",
                "format": "date"
              },
              "to": {
                "type": "string",
                "format": "date"
              },
              "entries": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CalendarEntry"
                }
              },
              "ics_url": {
                "type": "string",
                "description": "The same entries as an iCalendar feed"
              }
            }
          },
          "GrantDeadlines": {
            "type": "object",
            "required": [
              "grant_id",
              "rules",
              "next",
              "undated"
            ],
            "properties": {
              "grant_id": {
                "type": "string"
              },
              "deadline_text": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "rules": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DeadlineRule"
                }
              },
              "next": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CalendarEntry"
                }
              },
              "undated": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CalendarEntry"
                }
              },
              "for_event": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "event_date",
                    "deadline",
                    "effective_date",
                    "phrase"
                  ],
                  "properties": {
                    "event_date": {
                      "type": "string",
                      "format": "date"
                    },
                    "deadline": {
                      "type": "string",
                      "format": "date"
                    },
                    "effective_date": {
                      "type": "string",
                      "format": "date"
                    },
                    "phrase": {
                      "type": "string"
                    }
                  }
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
          },
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
    }
    """#
}
