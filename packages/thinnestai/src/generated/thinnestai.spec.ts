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
    "description": "Hand-written description of the ThinnestAI voice-call endpoints, from the ThinnestAI reference page\n\"Get Call\" (`GET /v2/calls/{call_id}`, https://docs.thinnest.ai/api-reference/calls/get), \"List Calls\"\n(`GET /v2/calls`, https://docs.thinnest.ai/api-reference/calls/list) and the API reference overview\n(https://docs.thinnest.ai/api-reference: auth, the error body, rate limits).\n\nUnits: `duration_seconds` (float) and `recording_duration` (integer) are **seconds**;\n`transcript[].timestamp` is a **string** holding seconds from the call start (`\"5.2\"`); `latency_ms` is\nthe average turn-around latency in **milliseconds**; `cost.total_usd` and `cost.breakdown.*` are **USD**,\n`cost.total_inr` is **INR**; dates are ISO 8601 (UTC, `Z`). `recording_url` is pre-signed and expires one\nhour after the response.\n\nRate limit: 120 requests/min, reported in `X-RateLimit-Limit`, `X-RateLimit-Remaining` and\n`X-RateLimit-Reset`; 429 when exceeded. Errors are `{detail, status}`.\n\nAmbiguities (https://docs.thinnest.ai/api-reference): one page claims a `{data, message, status}` wrapper around responses while the\nGet Call example is bare; this document describes the bare body and clients should accept both. The list\nendpoint's query parameter names are **unconfirmed** (the reference names the filters, not the\nparameters). Not documented: `Retry-After`, the unit of `X-RateLimit-Reset`, `knowledge_gaps` items.\n",
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
        "description": "Retrieve a specific call with full details including transcript, recording, cost, and analysis.\nThe 200 body is the bare call, as the page's example shows; one ThinnestAI page claims a\n`{data, message, status}` wrapper instead (https://docs.thinnest.ai/api-reference), which clients should unwrap when present.\nSource: https://docs.thinnest.ai/api-reference/calls/get (Get Call).\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_id",
            "in": "path",
            "required": true,
            "description": "The call ID, an integer (e.g. 77; the call's `id`). Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Full call details, as a bare call object. (One page claims a `{data, message, status}` wrapper with\nthe call in `data`; not modelled here, see the operation description.) Source: https://docs.thinnest.ai/api-reference/calls/get.\n",
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
                  "$ref": "#/components/schemas/Call"
                },
                "examples": {
                  "realistic": {
                    "summary": "The seed call 77 with its truncated values (`...`) completed (served by default).",
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
                          "content": "नमस्ते, मैं प्रिया हूँ। मैं आपकी क्या मदद कर सकती हूँ?",
                          "timestamp": "0.0"
                        },
                        {
                          "role": "user",
                          "content": "मुझे मदद चाहिए",
                          "timestamp": "5.2"
                        },
                        {
                          "role": "assistant",
                          "content": "जी बिल्कुल, बताइए, आपकी बिलिंग से जुड़ी क्या समस्या है?",
                          "timestamp": "6.1"
                        }
                      ],
                      "recording_url": "https://storage.googleapis.com/thinnestai-recordings/recordings/77.wav?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20260325T102238Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=5f1c0d2e9a7b",
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
                        "voice_id": "be79f378-47fe-4f3b-9c2a-6d1e8b0a5c34"
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
                  },
                  "seed": {
                    "summary": "The Get Call example of the ThinnestAI reference (https://docs.thinnest.ai/api-reference/calls/get), verbatim, truncations (`...`) included.",
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
          "400": {
            "$ref": "#/components/responses/BadRequest"
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
        "description": "List call summaries with offset pagination (`limit` 1–200, `offset` ≥ 0) and filters by status, agent\npublic id, type and an ISO 8601 date range; the body is `{calls, total}`. The query parameter names are\n**unconfirmed**: the reference names the filters but does not spell the parameters out (https://docs.thinnest.ai/api-reference/calls/list).\nSource: https://docs.thinnest.ai/api-reference/calls/list.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size, 1–200 calls (default not documented). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200
            }
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Number of calls to skip, ≥ 0 (a count). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only calls in this status: `active`, `ended` or `error`. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference.",
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
            "description": "Only calls of this agent (its public id, e.g. `ag_5d2678fd_e556`). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "type",
            "in": "query",
            "description": "Only calls of this type: `web`, `inbound` or `outbound`. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "$ref": "#/components/schemas/CallType"
            }
          },
          {
            "name": "start_date",
            "in": "query",
            "description": "Only calls from this moment on, ISO 8601 date-time (e.g. `2026-03-01T00:00:00Z`). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "end_date",
            "in": "query",
            "description": "Only calls up to this moment, ISO 8601 date-time. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of call summaries, `{calls, total}`. Source: https://docs.thinnest.ai/api-reference/calls/list.",
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
                    "summary": "Two call summaries: an inbound call (78) and the seed call 77 (served by default).",
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
        "description": "Platform API key (`thns_sk_…`) as `Authorization: Bearer <key>`. Source: https://docs.thinnest.ai/api-reference."
      }
    },
    "headers": {
      "X-RateLimit-Limit": {
        "description": "Requests allowed per window: 120 per minute for the API. Source: https://docs.thinnest.ai/api-reference.",
        "schema": {
          "type": "integer",
          "examples": [
            120
          ]
        }
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in the current one-minute window (a count). Source: https://docs.thinnest.ai/api-reference.",
        "schema": {
          "type": "integer",
          "examples": [
            119
          ]
        }
      },
      "X-RateLimit-Reset": {
        "description": "When the window resets; the unit is not documented (commonly Unix epoch seconds). Source: https://docs.thinnest.ai/api-reference.",
        "schema": {
          "type": "integer",
          "examples": [
            1774434180
          ]
        }
      },
      "Retry-After": {
        "description": "Seconds to wait before retrying, when sent (standard HTTP; not documented by ThinnestAI).",
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
        "description": "Call type / direction: `web`, `inbound` or `outbound`. Source: https://docs.thinnest.ai/api-reference/calls/get (Response Fields: type).",
        "enum": [
          "web",
          "inbound",
          "outbound"
        ]
      },
      "CallStatus": {
        "type": "string",
        "description": "Call status: `active`, `ended`, `error`, `pending` or `deleted`. Source: https://docs.thinnest.ai/api-reference/calls/get (Response Fields: status).",
        "enum": [
          "active",
          "ended",
          "error",
          "pending",
          "deleted"
        ]
      },
      "Sentiment": {
        "type": "string",
        "description": "Overall sentiment: `positive`, `neutral` or `negative`. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.sentiment).",
        "enum": [
          "positive",
          "neutral",
          "negative"
        ]
      },
      "TranscriptEntry": {
        "type": "object",
        "description": "A conversation message. Source: https://docs.thinnest.ai/api-reference/calls/get (transcript[]).",
        "additionalProperties": true,
        "properties": {
          "role": {
            "type": "string",
            "description": "Who spoke: `assistant` or `user`. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "enum": [
              "assistant",
              "user"
            ]
          },
          "content": {
            "type": "string",
            "description": "Message text (in the conversation's language). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "timestamp": {
            "type": "string",
            "description": "Seconds from call start, as a **string** (e.g. `\"5.2\"`), not a date. Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Per-component costs in **USD**: `platform_fee`, `stt`, `tts`, `llm`, `telephony` (the page lists\n`cost.breakdown.*` as floats; other keys are accepted). Source: https://docs.thinnest.ai/api-reference/calls/get.\n",
        "additionalProperties": true,
        "properties": {
          "platform_fee": {
            "type": "number",
            "description": "Platform fee, USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "stt": {
            "type": "number",
            "description": "Speech-to-text cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "tts": {
            "type": "number",
            "description": "Text-to-speech cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "llm": {
            "type": "number",
            "description": "Language-model cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "telephony": {
            "type": "number",
            "description": "Telephony cost, USD (0 for web calls). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Cost": {
        "type": "object",
        "description": "What the call cost, in USD and INR. The list rows carry only the totals. Source: https://docs.thinnest.ai/api-reference/calls/get, https://docs.thinnest.ai/api-reference/calls/list.",
        "additionalProperties": true,
        "properties": {
          "total_usd": {
            "type": "number",
            "description": "Total cost in USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "total_inr": {
            "type": "number",
            "description": "Total cost in INR (Indian rupees). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "breakdown": {
            "$ref": "#/components/schemas/CostBreakdown",
            "description": "Per-component costs, USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Model": {
        "type": "object",
        "description": "LLM provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get (model).",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "LLM vendor (e.g. `groq`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "model_id": {
            "type": "string",
            "description": "Model id (e.g. `llama-3.3-70b-versatile`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Transcriber": {
        "type": "object",
        "description": "STT provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get (transcriber).",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "Speech-to-text vendor (e.g. `deepgram`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "model": {
            "type": "string",
            "description": "Speech-to-text model (e.g. `nova-3`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Voice": {
        "type": "object",
        "description": "TTS provider + voice used. Source: https://docs.thinnest.ai/api-reference/calls/get (voice).",
        "additionalProperties": true,
        "properties": {
          "provider": {
            "type": "string",
            "description": "Text-to-speech vendor (e.g. `cartesia`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "model": {
            "type": "string",
            "description": "Text-to-speech model (e.g. `sonic-3`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "voice_id": {
            "type": "string",
            "description": "Voice identifier at the TTS vendor (a UUID for Cartesia; truncated in the documented example). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "AnalysisSummary": {
        "type": "object",
        "description": "AI-generated call summary. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.summary).",
        "additionalProperties": true,
        "properties": {
          "overview": {
            "type": "string",
            "description": "Short overview of the call (text). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "key_topics": {
            "type": "array",
            "description": "Topics discussed. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "items": {
              "type": "string"
            }
          },
          "action_items": {
            "type": "array",
            "description": "Follow-up actions. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "items": {
              "type": "string"
            }
          },
          "outcome": {
            "type": "string",
            "description": "Outcome, open string (e.g. `resolved`; the values are not enumerated). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Score": {
        "type": "object",
        "description": "Call quality score (0-100) with its reasoning. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.score).",
        "additionalProperties": true,
        "properties": {
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "Quality score, 0–100 (an integer in the example, 85). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "reasoning": {
            "type": "string",
            "description": "Why this score (text). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      },
      "Analysis": {
        "type": "object",
        "description": "Post-call analysis. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis).",
        "additionalProperties": true,
        "properties": {
          "summary": {
            "$ref": "#/components/schemas/AnalysisSummary",
            "description": "AI-generated call summary. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "sentiment": {
            "$ref": "#/components/schemas/Sentiment",
            "description": "Overall sentiment (positive, neutral, negative). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "score": {
            "$ref": "#/components/schemas/Score",
            "description": "Call quality score (0-100). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "tags": {
            "type": "array",
            "description": "Auto-detected call tags. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "items": {
              "type": "string"
            }
          },
          "knowledge_gaps": {
            "type": "array",
            "description": "Questions the agent could not answer; in the example only (`[]`), item shape not documented. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "items": {}
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A voice call with full details (the bare body of Get Call). The page marks no field required; `id` (the\ncall's identity) and `agent_id` are required here. Fields the page's table omits but its example shows\n(`agent_name`, `started_at`, `ended_at`, `call_direction`, `created_at`, `updated_at`,\n`analysis.knowledge_gaps`) are included. Nullability beyond the example's (`phone_number`,\n`caller_phone`) is lenient for calls that are still active. Source: https://docs.thinnest.ai/api-reference/calls/get (Get Call).\n",
        "additionalProperties": true,
        "required": [
          "id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Call ID (an integer, e.g. 77). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "type": {
            "$ref": "#/components/schemas/CallType",
            "description": "web, inbound, outbound. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus",
            "description": "active, ended, error, pending, deleted. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "agent_id": {
            "type": "string",
            "description": "Agent public ID (e.g. `ag_5d2678fd_e556`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "agent_name": {
            "type": "string",
            "description": "Agent display name (in the example only). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example)."
          },
          "ended_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended, ISO 8601 (UTC); null while active. Source: https://docs.thinnest.ai/api-reference/calls/get (example)."
          },
          "duration_seconds": {
            "type": [
              "number",
              "null"
            ],
            "description": "Total call duration, seconds (float, e.g. 99.1). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "ended_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended, open string (e.g. `user_hangup`). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "transcript": {
            "type": "array",
            "description": "Conversation messages, in order. Source: https://docs.thinnest.ai/api-reference/calls/get.",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pre-signed recording URL; expires 1 hour after the response. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "recording_duration": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Recording length in seconds (integer). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "cost": {
            "$ref": "#/components/schemas/Cost",
            "description": "Total cost in USD and INR, and a per-component breakdown in USD. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "model": {
            "$ref": "#/components/schemas/Model",
            "description": "LLM provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "transcriber": {
            "$ref": "#/components/schemas/Transcriber",
            "description": "STT provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "voice": {
            "$ref": "#/components/schemas/Voice",
            "description": "TTS provider + voice used. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "latency_ms": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Average turn-around latency in ms. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "interruptions": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Number of user interruptions (a count). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "analysis": {
            "$ref": "#/components/schemas/Analysis",
            "description": "Post-call analysis: summary, sentiment, score, tags. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Agent's phone number (for phone calls), E.164; null for web calls. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "caller_phone": {
            "type": [
              "string",
              "null"
            ],
            "description": "Caller's phone number, E.164; null for web calls. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "call_direction": {
            "$ref": "#/components/schemas/CallType",
            "description": "Direction: web, inbound or outbound (equal to `type` in the example). Source: https://docs.thinnest.ai/api-reference/calls/get (example)."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was created, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example)."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was last updated, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example)."
          }
        }
      },
      "CallSummary": {
        "type": "object",
        "description": "A row of List Calls: id, type, status, agent_id, agent_name, started_at, ended_at, duration_seconds,\nlatency_ms, cost {total_usd, total_inr}. Get Call has the full record. Source: https://docs.thinnest.ai/api-reference/calls/list.\n",
        "additionalProperties": true,
        "required": [
          "id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Call ID (integer; the `call_id` of Get Call). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "type": {
            "$ref": "#/components/schemas/CallType",
            "description": "web, inbound, outbound. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus",
            "description": "active, ended, error, pending, deleted. Source: https://docs.thinnest.ai/api-reference."
          },
          "agent_id": {
            "type": "string",
            "description": "Agent public ID. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "agent_name": {
            "type": "string",
            "description": "Agent display name. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "ended_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended, ISO 8601 (UTC); null while active. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "duration_seconds": {
            "type": [
              "number",
              "null"
            ],
            "description": "Call duration, seconds (float). Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "latency_ms": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Average turn-around latency, milliseconds. Source: https://docs.thinnest.ai/api-reference/calls/get."
          },
          "cost": {
            "$ref": "#/components/schemas/Cost",
            "description": "Totals only: `total_usd` (USD) and `total_inr` (INR). Source: https://docs.thinnest.ai/api-reference/calls/list."
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "One page of calls: `{calls, total}`; the next page is at `offset + calls.length` while that is below `total`. Source: https://docs.thinnest.ai/api-reference/calls/list.",
        "additionalProperties": true,
        "required": [
          "calls"
        ],
        "properties": {
          "calls": {
            "type": "array",
            "description": "This page's call summaries. Source: https://docs.thinnest.ai/api-reference/calls/list.",
            "items": {
              "$ref": "#/components/schemas/CallSummary"
            }
          },
          "total": {
            "type": "integer",
            "description": "Total number of calls matching the filters (a count). Source: https://docs.thinnest.ai/api-reference/calls/list."
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "ThinnestAI's error body `{detail, status}`, for 400, 401, 403, 404, 429 and 500. Source: https://docs.thinnest.ai/api-reference.",
        "additionalProperties": true,
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "string",
            "description": "What went wrong (text). Source: https://docs.thinnest.ai/api-reference."
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status code, repeated (e.g. 400). Source: https://docs.thinnest.ai/api-reference/calls/get."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid parameters. Source: https://docs.thinnest.ai/api-reference.",
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
        "description": "Missing or invalid API key. Source: https://docs.thinnest.ai/api-reference.",
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
        "description": "Not authorized to access this call. Source: https://docs.thinnest.ai/api-reference/calls/get (Errors), https://docs.thinnest.ai/api-reference.",
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
        "description": "Call not found. Source: https://docs.thinnest.ai/api-reference/calls/get (Errors), https://docs.thinnest.ai/api-reference.",
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
        "description": "More than 120 requests in a minute. Source: https://docs.thinnest.ai/api-reference/calls/get.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "description": "Requests left in the current one-minute window: 0 when rate limited. Source: https://docs.thinnest.ai/api-reference.",
            "schema": {
              "type": "integer",
              "examples": [
                0
              ]
            }
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
        "description": "Server error. Source: https://docs.thinnest.ai/api-reference.",
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
