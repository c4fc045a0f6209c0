/**
 * GENERATED from specs/thinnestai.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/thinnestai.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "ThinnestAI call records API",
    "version": "1.0.0",
    "summary": "Get and list ThinnestAI voice calls.",
    "description": "Hand-written description of the ThinnestAI voice-call endpoints, from the ThinnestAI reference page\n\"Get Call\" (`GET /v2/calls/{call_id}`, seed 003) and the provider notes in `shared/providers.md` (auth,\nthe list endpoint, errors, rate limits).\n\nUnits: `duration_seconds` (float) and `recording_duration` (integer) are **seconds**;\n`transcript[].timestamp` is a **string** of seconds from call start; `latency_ms` is the average\nturn-around latency in **milliseconds**; `cost.total_usd` is USD and `cost.total_inr` INR; times are\nISO 8601. Rate limit: 120 requests/min, with `X-RateLimit-*` headers; 429 when exceeded.\nOne page claims a `{data, message, status}` wrapper around responses while the Get Call example is bare:\nthe schema describes the bare call, and the client accepts both.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "ThinnestAI API reference",
    "url": "https://docs.thinnest.ai"
  },
  "servers": [
    {
      "url": "https://api.thinnest.ai",
      "description": "Production"
    }
  ],
  "security": [
    {
      "BearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Voice call records."
    }
  ],
  "paths": {
    "/v2/calls/{call_id}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get Call",
        "description": "Retrieve a specific call with full details including transcript, recording, cost, and analysis. Source: seed 003.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_id",
            "in": "path",
            "required": true,
            "description": "The call ID (an integer, e.g. 77).",
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Full call details.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Call"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get Call example of the ThinnestAI reference (seed 003), verbatim.",
                    "value": {
                      "id": 77,
                      "type": "web",
                      "status": "ended",
                      "agent_id": "ag_5d2678fd_e556",
                      "agent_name": "Priya Support Agent",
                      "started_at": "2026-03-25T10:20:57Z",
                      "ended_at": "2026-03-25T10:22:36Z",
                      "duration_seconds": 99.1,
                      "ended_reason": "user_hangup",
                      "transcript": [
                        {
                          "role": "assistant",
                          "content": "नमस्ते, मैं प्रिया हूँ...",
                          "timestamp": "0.0"
                        },
                        {
                          "role": "user",
                          "content": "मुझे मदद चाहिए",
                          "timestamp": "5.2"
                        },
                        {
                          "role": "assistant",
                          "content": "जी बिल्कुल, बताइए...",
                          "timestamp": "6.1"
                        }
                      ],
                      "recording_url": "https://storage.googleapis.com/thinnestai-recordings/recordings/...",
                      "recording_duration": 99,
                      "cost": {
                        "total_usd": 0.08,
                        "total_inr": 6.8,
                        "breakdown": {
                          "platform_fee": 0.05,
                          "stt": 0.01,
                          "tts": 0.015,
                          "llm": 0.005,
                          "telephony": 0
                        }
                      },
                      "model": {
                        "provider": "groq",
                        "model_id": "llama-3.3-70b-versatile"
                      },
                      "transcriber": {
                        "provider": "deepgram",
                        "model": "nova-3"
                      },
                      "voice": {
                        "provider": "cartesia",
                        "model": "sonic-3",
                        "voice_id": "be79f378-47fe-..."
                      },
                      "latency_ms": 475,
                      "interruptions": 2,
                      "analysis": {
                        "summary": {
                          "overview": "Customer asked about billing. Agent resolved the issue.",
                          "key_topics": [
                            "billing",
                            "refund"
                          ],
                          "action_items": [
                            "Process refund within 3 days"
                          ],
                          "outcome": "resolved"
                        },
                        "sentiment": "positive",
                        "score": {
                          "score": 85,
                          "reasoning": "Polite, resolved issue quickly"
                        },
                        "tags": [
                          "support",
                          "billing"
                        ],
                        "knowledge_gaps": []
                      },
                      "phone_number": null,
                      "caller_phone": null,
                      "call_direction": "web",
                      "created_at": "2026-03-25T10:20:57Z",
                      "updated_at": "2026-03-25T10:22:38Z"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/calls": {
      "get": {
        "operationId": "listCalls",
        "summary": "List Calls",
        "description": "List calls with offset pagination (`limit` 1–200, `offset`) and filters by status, agent, type and start date (providers.md). The parameter names are **unconfirmed**: the reference names the filters but does not spell the parameters out.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size (1–200). Name unconfirmed.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200
            }
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Number of calls to skip (≥ 0). Name unconfirmed.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Filter by status (active, ended, error). Name unconfirmed.",
            "schema": {
              "type": "string",
              "enum": [
                "active",
                "ended",
                "error"
              ]
            }
          },
          {
            "name": "agent_id",
            "in": "query",
            "description": "Filter by agent public id. Name unconfirmed.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "type",
            "in": "query",
            "description": "Filter by call type (web, inbound, outbound). Name unconfirmed.",
            "schema": {
              "$ref": "#/components/schemas/CallType"
            }
          },
          {
            "name": "start_date",
            "in": "query",
            "description": "Only calls started at or after this ISO 8601 date-time. Name unconfirmed.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "end_date",
            "in": "query",
            "description": "Only calls started at or before this ISO 8601 date-time. Name unconfirmed.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of call summaries: `{calls, total}`.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two call summaries built from the Get Call example (served by default).",
                    "value": {
                      "calls": [
                        {
                          "id": 78,
                          "type": "inbound",
                          "status": "ended",
                          "agent_id": "ag_5d2678fd_e556",
                          "agent_name": "Priya Support Agent",
                          "started_at": "2026-03-25T11:02:10Z",
                          "ended_at": "2026-03-25T11:05:40Z",
                          "duration_seconds": 210.4,
                          "latency_ms": 512,
                          "cost": {
                            "total_usd": 0.19,
                            "total_inr": 16.15
                          }
                        },
                        {
                          "id": 77,
                          "type": "web",
                          "status": "ended",
                          "agent_id": "ag_5d2678fd_e556",
                          "agent_name": "Priya Support Agent",
                          "started_at": "2026-03-25T10:20:57Z",
                          "ended_at": "2026-03-25T10:22:36Z",
                          "duration_seconds": 99.1,
                          "latency_ms": 475,
                          "cost": {
                            "total_usd": 0.08,
                            "total_inr": 6.8
                          }
                        }
                      ],
                      "total": 2
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Platform API key (`thns_sk_…`) as a Bearer token (providers.md)."
      }
    },
    "headers": {
      "X-RateLimit-Limit": {
        "description": "Requests allowed per minute (120 for the API).",
        "schema": {
          "type": "integer",
          "examples": [
            120
          ]
        }
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Reset": {
        "description": "When the window resets (as sent by the API; unit not documented).",
        "schema": {
          "type": "integer"
        }
      },
      "Retry-After": {
        "description": "Seconds to wait before retrying, when sent.",
        "schema": {
          "type": "integer",
          "examples": [
            30
          ]
        }
      }
    },
    "schemas": {
      "CallType": {
        "type": "string",
        "description": "Call type: web, inbound or outbound.",
        "enum": [
          "web",
          "inbound",
          "outbound"
        ]
      },
      "CallStatus": {
        "type": "string",
        "description": "Call status: active, ended, error, pending or deleted.",
        "enum": [
          "active",
          "ended",
          "error",
          "pending",
          "deleted"
        ]
      },
      "TranscriptEntry": {
        "type": "object",
        "description": "A conversation message.",
        "additionalProperties": true,
        "properties": {
          "role": {
            "type": "string",
            "description": "`assistant` or `user`."
          },
          "content": {
            "type": "string",
            "description": "Message text."
          },
          "timestamp": {
            "type": "string",
            "description": "Seconds from call start, as a string (e.g. `\"5.2\"`)."
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Per-component costs in USD (platform, STT, TTS, LLM, telephony).",
        "additionalProperties": true,
        "properties": {
          "platform_fee": {
            "type": "number",
            "description": "Platform fee, USD."
          },
          "stt": {
            "type": "number",
            "description": "Speech-to-text cost, USD."
          },
          "tts": {
            "type": "number",
            "description": "Text-to-speech cost, USD."
          },
          "llm": {
            "type": "number",
            "description": "Language-model cost, USD."
          },
          "telephony": {
            "type": "number",
            "description": "Telephony cost, USD."
          }
        }
      },
      "Cost": {
        "type": "object",
        "description": "What the call cost.",
        "additionalProperties": true,
        "properties": {
          "total_usd": {
            "type": "number",
            "description": "Total cost in USD."
          },
          "total_inr": {
            "type": "number",
            "description": "Total cost in INR."
          },
          "breakdown": {
            "$ref": "#/components/schemas/CostBreakdown"
          }
        }
      },
      "Model": {
        "type": "object",
        "description": "LLM provider + model used.",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "LLM vendor (e.g. `groq`)."
          },
          "model_id": {
            "type": "string",
            "description": "Model id (e.g. `llama-3.3-70b-versatile`)."
          }
        }
      },
      "Transcriber": {
        "type": "object",
        "description": "STT provider + model used.",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "Speech-to-text vendor (e.g. `deepgram`)."
          },
          "model": {
            "type": "string",
            "description": "Model (e.g. `nova-3`)."
          }
        }
      },
      "Voice": {
        "type": "object",
        "description": "TTS provider + voice used.",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "Text-to-speech vendor (e.g. `cartesia`)."
          },
          "model": {
            "type": "string",
            "description": "Voice model (e.g. `sonic-3`)."
          },
          "voice_id": {
            "type": "string",
            "description": "Voice identifier."
          }
        }
      },
      "AnalysisSummary": {
        "type": "object",
        "description": "AI-generated call summary.",
        "additionalProperties": true,
        "properties": {
          "overview": {
            "type": "string",
            "description": "One-paragraph overview."
          },
          "key_topics": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Topics discussed."
          },
          "action_items": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Follow-ups."
          },
          "outcome": {
            "type": "string",
            "description": "Outcome (e.g. `resolved`)."
          }
        }
      },
      "Score": {
        "type": "object",
        "description": "Call quality score (0-100).",
        "additionalProperties": true,
        "properties": {
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "Score, 0–100."
          },
          "reasoning": {
            "type": "string",
            "description": "Why this score."
          }
        }
      },
      "Analysis": {
        "type": "object",
        "description": "Post-call analysis.",
        "additionalProperties": true,
        "properties": {
          "summary": {
            "$ref": "#/components/schemas/AnalysisSummary"
          },
          "sentiment": {
            "type": "string",
            "description": "Overall sentiment.",
            "enum": [
              "positive",
              "neutral",
              "negative"
            ]
          },
          "score": {
            "$ref": "#/components/schemas/Score"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Auto-detected call tags."
          },
          "knowledge_gaps": {
            "type": "array",
            "items": {},
            "description": "Questions the agent could not answer (item shape not documented)."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A voice call with full details. Source: seed 003 (Get Call), Response Fields.",
        "additionalProperties": true,
        "required": [
          "id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Call ID."
          },
          "type": {
            "$ref": "#/components/schemas/CallType"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "agent_id": {
            "type": "string",
            "description": "Agent public ID."
          },
          "agent_name": {
            "type": "string",
            "description": "Agent display name."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started (ISO 8601)."
          },
          "ended_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended (ISO 8601)."
          },
          "duration_seconds": {
            "type": [
              "number",
              "null"
            ],
            "description": "Total call duration, seconds (float)."
          },
          "ended_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended (e.g. `user_hangup`)."
          },
          "transcript": {
            "type": "array",
            "description": "Conversation messages.",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pre-signed recording URL (expires in 1 hour)."
          },
          "recording_duration": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Recording length in seconds."
          },
          "cost": {
            "$ref": "#/components/schemas/Cost"
          },
          "model": {
            "$ref": "#/components/schemas/Model"
          },
          "transcriber": {
            "$ref": "#/components/schemas/Transcriber"
          },
          "voice": {
            "$ref": "#/components/schemas/Voice"
          },
          "latency_ms": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Average turn-around latency in ms."
          },
          "interruptions": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Number of user interruptions."
          },
          "analysis": {
            "$ref": "#/components/schemas/Analysis"
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Agent's phone number (for phone calls)."
          },
          "caller_phone": {
            "type": [
              "string",
              "null"
            ],
            "description": "Caller's phone number."
          },
          "call_direction": {
            "$ref": "#/components/schemas/CallType"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was created (ISO 8601)."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was last updated (ISO 8601)."
          }
        }
      },
      "CallSummary": {
        "type": "object",
        "description": "A row of List Calls (providers.md): id, type, status, agent_id, agent_name, started_at, ended_at, duration_seconds, latency_ms, cost {total_usd, total_inr}.",
        "additionalProperties": true,
        "required": [
          "id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Call ID."
          },
          "type": {
            "$ref": "#/components/schemas/CallType"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "agent_id": {
            "type": "string",
            "description": "Agent public ID."
          },
          "agent_name": {
            "type": "string",
            "description": "Agent display name."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started (ISO 8601)."
          },
          "ended_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended (ISO 8601)."
          },
          "duration_seconds": {
            "type": [
              "number",
              "null"
            ],
            "description": "Call duration, seconds."
          },
          "latency_ms": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Average turn-around latency in ms."
          },
          "cost": {
            "$ref": "#/components/schemas/Cost"
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "One page of calls: `{calls, total}` (providers.md).",
        "additionalProperties": true,
        "required": [
          "calls"
        ],
        "properties": {
          "calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallSummary"
            }
          },
          "total": {
            "type": "integer",
            "description": "Total number of calls matching the filters."
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "ThinnestAI's error body `{detail, status}` (providers.md).",
        "additionalProperties": true,
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "string",
            "description": "What went wrong."
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status, repeated."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid parameters.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "detail": "Invalid query parameters",
                  "status": 400
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "detail": "Invalid or missing API key",
                  "status": 401
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "Not authorized to access this call.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "forbidden": {
                "value": {
                  "detail": "Not authorized to access this call",
                  "status": 403
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Call not found.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "detail": "Call not found",
                  "status": 404
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "More than 120 requests in a minute (providers.md).",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooManyRequests": {
                "value": {
                  "detail": "Rate limit exceeded",
                  "status": 429
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Server error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internalError": {
                "value": {
                  "detail": "Internal server error",
                  "status": 500
                }
              }
            }
          }
        }
      }
    }
  }
};
export default spec;
