extension OpenAPIDocument {
    /// Paths: the årshjul's events, samverkan, the audit trail and the changes feed (the editing operations themselves
    /// are written by ``editingOperations`` below, one pattern for every record type).
    static let pathsEditing = #"""
{
  "/v1/events/{id}": {
    "get": {
      "summary": "One årshjul event",
      "operationId": "getEvent",
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
          "description": "The record; its ETag is what an editor sends back in If-Match",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              }
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CalendarEvent"
              }
            }
          }
        },
        "304": {
          "description": "Not modified"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "400": {
          "$ref": "#/components/responses/BadRequest"
        }
      }
    }
  },
  "/v1/samverkan/styrgrupp/{id}": {
    "get": {
      "summary": "One member of the styrgrupp",
      "operationId": "getSteeringGroupMember",
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
          "description": "The record; its ETag is what an editor sends back in If-Match",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              }
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SteeringGroupMember"
              }
            }
          }
        },
        "304": {
          "description": "Not modified"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "400": {
          "$ref": "#/components/responses/BadRequest"
        }
      }
    }
  },
  "/v1/samverkan/iop/{id}": {
    "get": {
      "summary": "One IOP agreement",
      "operationId": "getIOPAgreement",
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
          "description": "The record; its ETag is what an editor sends back in If-Match",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              }
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/IOPAgreement"
              }
            }
          }
        },
        "304": {
          "description": "Not modified"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "400": {
          "$ref": "#/components/responses/BadRequest"
        }
      }
    }
  },
  "/v1/events": {
    "get": {
      "summary": "The årshjul's events (dialogkonferens, tematräffar) with their dates, times and places",
      "operationId": "listEvents",
      "responses": {
        "200": {
          "description": "The list",
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
                      "$ref": "#/components/schemas/CalendarEvent"
                    }
                  }
                }
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
  "/v1/samverkan/styrgrupp": {
    "get": {
      "summary": "The styrgrupp of the överenskommelse: members with organisation, role and term",
      "operationId": "listSteeringGroup",
      "responses": {
        "200": {
          "description": "The list",
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
                      "$ref": "#/components/schemas/SteeringGroupMember"
                    }
                  }
                }
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
  "/v1/samverkan/iop": {
    "get": {
      "summary": "The register of IOP agreements (idéburet offentligt partnerskap)",
      "operationId": "listIOPAgreements",
      "responses": {
        "200": {
          "description": "The list",
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
                      "$ref": "#/components/schemas/IOPAgreement"
                    }
                  }
                }
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
  "/v1/audit": {
    "get": {
      "summary": "Editor: the audit trail of hand edits, newest first: who, when, the field, before and after (as JSON text)",
      "operationId": "auditTrail",
      "security": [
        {
          "staffToken": []
        }
      ],
      "parameters": [
        {
          "name": "record_type",
          "in": "query",
          "schema": {
            "type": "string",
            "enum": [
              "premises",
              "grant",
              "unit",
              "event",
              "styrgrupp",
              "iop"
            ]
          }
        },
        {
          "name": "record_id",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 200
          }
        },
        {
          "name": "limit",
          "in": "query",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 200
          }
        }
      ],
      "responses": {
        "200": {
          "description": "The entries",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuditEntry"
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
          "$ref": "#/components/responses/Forbidden"
        },
        "400": {
          "$ref": "#/components/responses/BadRequest"
        }
      }
    }
  },
  "/v1/changes.atom": {
    "get": {
      "summary": "What's new: catalogue changes (new grants, moved deadlines, premises added or withdrawn, årshjul events) as an Atom feed, filtered like the calendar",
      "operationId": "changesFeed",
      "parameters": [
        {
          "name": "type",
          "in": "query",
          "schema": {
            "type": "string",
            "pattern": "^(premises|grant|event)(,(premises|grant|event))*$"
          },
          "description": "premises, grant, event (comma list or repeated)"
        },
        {
          "name": "applicant",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 100
          }
        },
        {
          "name": "category",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 100
          }
        },
        {
          "name": "unit",
          "in": "query",
          "schema": {
            "type": "string",
            "maxLength": 100
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
        }
      ],
      "responses": {
        "200": {
          "description": "An Atom 1.0 feed (RFC 4287)",
          "content": {
            "application/atom+xml": {
              "schema": {
                "type": "string"
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

    /// The record types editors change under `/v1`: the path, the schema a record has, and whether it can be withdrawn.
    static let editablePaths: [(path: String, schema: String, record: String, withdrawable: Bool)] = [
        ("/v1/premises/{id}", "Premises", "premises", true), ("/v1/grants/{id}", "Grant", "grant", true),
        ("/v1/units/{id}", "UnitEdit", "unit", false), ("/v1/events/{id}", "CalendarEvent", "event", true),
        ("/v1/samverkan/styrgrupp/{id}", "SteeringGroupMember", "styrgrupp", true), ("/v1/samverkan/iop/{id}", "IOPAgreement", "iop", true),
    ]

    /// PUT, PATCH and (where it can be withdrawn) DELETE of each editable record type, keyed by path.
    static var editingOperations: [String: [String: Any]] {
        func response(_ name: String) -> [String: Any] { ["$ref": "#/components/responses/\(name)"] }
        let problem: [String: Any] = ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]
        let id: [String: Any] = ["name": "id", "in": "path", "required": true, "schema": ["type": "string"]]
        let ifMatch: [String: Any] = ["name": "If-Match", "in": "header", "required": false, "schema": ["type": "string"],
                                      "description": "The ETag last read; required to change a record that exists"]
        let common: [String: Any] = [
            "401": response("Unauthorized"), "403": response("Forbidden"), "400": response("BadRequest"),
            "412": ["description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header", "content": problem],
            "428": ["description": "If-Match is missing: the record exists", "content": problem],
        ]
        let body: [String: Any] = ["413": response("TooLarge"), "415": response("UnsupportedMediaType"),
                                   "422": ["description": "The edited record is not valid (the detail names the field)", "content": problem]]
        var paths: [String: [String: Any]] = [:]
        for (path, schema, record, withdrawable) in editablePaths {
            let reference: [String: Any] = ["$ref": "#/components/schemas/\(schema)"]
            let stored: [String: Any] = [
                "description": "The record as stored now",
                "headers": ["ETag": ["schema": ["type": "string"], "description": "The record's new version, for the next If-Match"]],
                "content": ["application/json": ["schema": reference]],
            ]
            var created = stored
            created["description"] = "Created"
            func operation(_ verb: String, _ summary: String, requestBody: [String: Any]?, responses: [String: Any]) -> [String: Any] {
                var operation: [String: Any] = [
                    "summary": summary, "operationId": verb + schema, "security": [["staffToken": [String]()]], "parameters": [id, ifMatch],
                    "responses": common.merging(responses) { _, new in new },
                ]
                if let requestBody { operation["requestBody"] = ["required": true, "content": requestBody] }
                return operation
            }
            var item: [String: Any] = [
                "put": operation("put", "Editor: create or replace a \(record) record (If-Match required to replace one that exists)",
                                 requestBody: ["application/json": ["schema": reference]],
                                 responses: body.merging(["200": stored, "201": created]) { _, new in new }),
                "patch": operation("patch", "Editor: change fields of a \(record) record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
                                   requestBody: ["application/merge-patch+json": ["schema": [
                                       "type": "object", "description": "The fields to change (null removes one); sent as application/json it is taken the same way"]]],
                                   responses: body.merging(["200": stored, "404": response("NotFound")]) { _, new in new }),
            ]
            if withdrawable {
                item["delete"] = operation("withdraw", "Editor: withdraw a \(record) record (premises and grants stay, marked withdrawn; the rest are removed)",
                                           requestBody: nil, responses: ["204": ["description": "Withdrawn"], "404": response("NotFound")])
            }
            paths[path] = item
        }
        return paths
    }
}
