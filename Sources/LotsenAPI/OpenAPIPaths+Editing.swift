extension OpenAPIDocument {
    /// Paths: staff editing (PUT, PATCH, DELETE with If-Match), the audit trail, the årshjul's events, samverkan and the changes feed.
    static let pathsEditing = #"""
{
  "/v1/premises/{id}": {
    "put": {
      "summary": "Editor: create or replace a premises record (If-Match required to replace one that exists)",
      "operationId": "putPremises",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Premises"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Premises"
              }
            }
          }
        },
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Premises"
              }
            }
          }
        },
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a premises record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchPremises",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
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
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "delete": {
      "summary": "Editor: withdraw a premises record (premises and grants stay, marked withdrawn; the rest are removed)",
      "operationId": "withdrawPremises",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "responses": {
        "204": {
          "description": "Withdrawn"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    }
  },
  "/v1/grants/{id}": {
    "put": {
      "summary": "Editor: create or replace a grant record (If-Match required to replace one that exists)",
      "operationId": "putGrant",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Grant"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Grant"
              }
            }
          }
        },
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Grant"
              }
            }
          }
        },
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a grant record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchGrant",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
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
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "delete": {
      "summary": "Editor: withdraw a grant record (premises and grants stay, marked withdrawn; the rest are removed)",
      "operationId": "withdrawGrant",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "responses": {
        "204": {
          "description": "Withdrawn"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    }
  },
  "/v1/units/{id}": {
    "put": {
      "summary": "Editor: create or replace a unit record (If-Match required to replace one that exists)",
      "operationId": "putUnit",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnitEdit"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnitEdit"
              }
            }
          }
        },
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnitEdit"
              }
            }
          }
        },
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a unit record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchUnit",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnitEdit"
              }
            }
          }
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    }
  },
  "/v1/events/{id}": {
    "put": {
      "summary": "Editor: create or replace a event record (If-Match required to replace one that exists)",
      "operationId": "putCalendarEvent",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CalendarEvent"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a event record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchCalendarEvent",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "delete": {
      "summary": "Editor: withdraw a event record (premises and grants stay, marked withdrawn; the rest are removed)",
      "operationId": "withdrawCalendarEvent",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "responses": {
        "204": {
          "description": "Withdrawn"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
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
    "put": {
      "summary": "Editor: create or replace a styrgrupp record (If-Match required to replace one that exists)",
      "operationId": "putSteeringGroupMember",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SteeringGroupMember"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a styrgrupp record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchSteeringGroupMember",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "delete": {
      "summary": "Editor: withdraw a styrgrupp record (premises and grants stay, marked withdrawn; the rest are removed)",
      "operationId": "withdrawSteeringGroupMember",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "responses": {
        "204": {
          "description": "Withdrawn"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
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
    "put": {
      "summary": "Editor: create or replace a iop record (If-Match required to replace one that exists)",
      "operationId": "putIOPAgreement",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IOPAgreement"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "201": {
          "description": "Created",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "428": {
          "description": "If-Match is missing: the record exists",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "patch": {
      "summary": "Editor: change fields of a iop record (JSON Merge Patch, RFC 7396); audited, and imports keep the fields set",
      "operationId": "patchIOPAgreement",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/merge-patch+json": {
            "schema": {
              "type": "object",
              "description": "The fields to change (null removes one); sent as application/json it is taken the same way"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The record as stored now",
          "headers": {
            "ETag": {
              "schema": {
                "type": "string"
              },
              "description": "The record's new version, for the next If-Match"
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
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "413": {
          "$ref": "#/components/responses/TooLarge"
        },
        "415": {
          "$ref": "#/components/responses/UnsupportedMediaType"
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        },
        "422": {
          "description": "The edited record is not valid (the detail names the field)",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
    "delete": {
      "summary": "Editor: withdraw a iop record (premises and grants stay, marked withdrawn; the rest are removed)",
      "operationId": "withdrawIOPAgreement",
      "security": [
        {
          "staffToken": []
        }
      ],
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
          "name": "If-Match",
          "in": "header",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "The ETag last read; required to change a record that exists"
        }
      ],
      "responses": {
        "204": {
          "description": "Withdrawn"
        },
        "404": {
          "$ref": "#/components/responses/NotFound"
        },
        "428": {
          "description": "If-Match is missing",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
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
        },
        "412": {
          "description": "Somebody changed the record since the ETag in If-Match was read; the current ETag is in the ETag header",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              }
            }
          }
        }
      }
    },
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
}
