/**
 * GENERATED from specs/butter.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/butter.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Butter AI call records API",
    "version": "1.0.0",
    "summary": "Get and list Butter AI calls.",
    "description": "Hand-written description of the Butter AI call endpoints, from the Butter AI reference page \"Get Call\"\n(`GET /api/calls/{call_sid}`, seed 004) and the provider notes in `shared/providers.md` (auth, the list\nendpoint, envelopes, rate limits).\n\nUnits: `duration_seconds`, `relative_time`, `avg_turn_duration` and `ttfb` are **seconds**; times are\nISO 8601; costs are **credits**, not money (`total_cost` \"Total cost in credits\"); `recording_url` is an\n`s3://` URL, not fetchable over HTTP. Rate limits: 10 requests/s (Starter), 50 requests/s (Pro); 429\nwhen exceeded. The error body is not documented.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "Butter AI API reference",
    "url": "https://docs.getbutter.ai"
  },
  "servers": [
    {
      "url": "https://api.getbutter.ai",
      "description": "Production (the reference page shows api.example.com)"
    }
  ],
  "security": [
    {
      "ApiKeyHeader": []
    },
    {
      "BearerAuth": [],
      "OrganizationId": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Call records."
    }
  ],
  "paths": {
    "/api/calls/{call_sid}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get Call",
        "description": "Get detailed information about a specific call including transcript, turns, usage statistics, and cost breakdown. Source: seed 004.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_sid",
            "in": "path",
            "required": true,
            "description": "The unique identifier of the call (format: call_ prefix + alphanumeric).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The call, in Butter's `{success, data}` envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCallResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get Call example of the Butter AI reference (seed 004), verbatim.",
                    "value": {
                      "success": true,
                      "data": {
                        "call_sid": "call_abc123def456",
                        "trace_id": "trace_xyz789",
                        "to_number": "+15559876543",
                        "from_number": "+15551234567",
                        "agent_id": "agent_xyz789",
                        "agent_name": "Sales Rep",
                        "agent_config": {
                          "llm_model": "gpt-4",
                          "llm_provider": "openai",
                          "llm_temperature": 0.7,
                          "tts_provider": "elevenlabs",
                          "stt_provider": "deepgram",
                          "speak_first": true
                        },
                        "client_id": "org_123",
                        "call_type": "outbound",
                        "status": "completed",
                        "transport": "twilio",
                        "recording_enabled": true,
                        "recording_url": "s3://bucket/recordings/call_abc123.wav",
                        "duration_seconds": 120.5,
                        "turn_count": 7,
                        "total_cost": 12.35,
                        "cost_breakdown": {
                          "llm_input": {
                            "cost_credits": 1,
                            "units": 100
                          },
                          "llm_output": {
                            "cost_credits": 2,
                            "units": 50
                          },
                          "tts": {
                            "cost_credits": 5,
                            "units": 500
                          },
                          "stt": {
                            "cost_credits": 1,
                            "units": 120
                          },
                          "telephony": {
                            "cost_credits": 2,
                            "units": 2
                          }
                        },
                        "usage": {
                          "llm": {
                            "total_tokens": 150,
                            "input_tokens": 100,
                            "output_tokens": 50
                          },
                          "tts": {
                            "total_characters": 500
                          },
                          "stt": {
                            "total_duration_seconds": 120
                          }
                        },
                        "summary": {
                          "end_reason": "tool_end_call",
                          "interruptions": 2,
                          "avg_turn_duration": 17.2,
                          "total_tokens": 150,
                          "total_characters": 500
                        },
                        "errors": {
                          "error_count": 0,
                          "has_fatal_errors": false,
                          "errors": []
                        },
                        "turns": [
                          {
                            "turn_number": 1,
                            "relative_start_time": 0,
                            "relative_end_time": 25.3,
                            "duration_seconds": 25.3,
                            "events": [
                              {
                                "type": "assistant_response",
                                "text": "Hello! How can I help you today?",
                                "relative_time": 0,
                                "metadata": {
                                  "llm": {
                                    "total_tokens": 25,
                                    "ttfb": 0.5
                                  }
                                }
                              }
                            ]
                          }
                        ],
                        "transcript": [
                          {
                            "turn": 1,
                            "speaker": "assistant",
                            "text": "Hello! How can I help you today?",
                            "relative_time": 0,
                            "timestamp": "2026-03-09T10:00:00Z"
                          }
                        ],
                        "created_at": "2026-03-09T10:00:00Z",
                        "start_time": "2026-03-09T10:00:05Z",
                        "end_time": "2026-03-09T10:02:25Z"
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
    "/api/calls": {
      "get": {
        "operationId": "listCalls",
        "summary": "List Calls",
        "description": "List calls, newest first, with opaque cursor pagination (`limit` 1–100, default 50; `cursor` from the previous page's `pagination.next_cursor`). Source: providers.md.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size (1–100, default 50).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "description": "Opaque cursor from `pagination.next_cursor` of the previous page; omit for the first page.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of calls: `{success, data: [...], pagination: {next_cursor, has_more, page_size, total_count}}`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "A one-page list of two rows built from the Get Call example (served by default).",
                    "value": {
                      "success": true,
                      "data": [
                        {
                          "call_sid": "call_abc123def456",
                          "to_number": "+15559876543",
                          "from_number": "+15551234567",
                          "agent_id": "agent_xyz789",
                          "agent_name": "Sales Rep",
                          "client_id": "org_123",
                          "call_type": "outbound",
                          "status": "completed",
                          "recording_enabled": true,
                          "total_cost": 12.35,
                          "duration_seconds": 120.5,
                          "turn_count": 7,
                          "created_at": "2026-03-09T10:00:00Z",
                          "start_time": "2026-03-09T10:00:05Z",
                          "end_time": "2026-03-09T10:02:25Z",
                          "updated_at": "2026-03-09T10:02:30Z",
                          "end_reason": "tool_end_call",
                          "billing_status": "billed"
                        },
                        {
                          "call_sid": "call_def456ghi789",
                          "to_number": "+15551234567",
                          "from_number": "+15558675309",
                          "agent_id": "agent_xyz789",
                          "agent_name": "Sales Rep",
                          "client_id": "org_123",
                          "call_type": "inbound",
                          "status": "no-answer",
                          "recording_enabled": true,
                          "total_cost": 0.4,
                          "duration_seconds": 0,
                          "turn_count": 0,
                          "created_at": "2026-03-09T11:15:00Z",
                          "start_time": "2026-03-09T11:15:02Z",
                          "end_time": "2026-03-09T11:15:32Z",
                          "updated_at": "2026-03-09T11:15:33Z",
                          "end_reason": "no_answer",
                          "billing_status": "billed"
                        }
                      ],
                      "pagination": {
                        "next_cursor": null,
                        "has_more": false,
                        "page_size": 50,
                        "total_count": 2
                      }
                    }
                  },
                  "withNextPage": {
                    "summary": "The same rows as the first page of a longer list, with a cursor to the next page (Prefer: example=withNextPage).",
                    "value": {
                      "success": true,
                      "data": [
                        {
                          "call_sid": "call_abc123def456",
                          "to_number": "+15559876543",
                          "from_number": "+15551234567",
                          "agent_id": "agent_xyz789",
                          "agent_name": "Sales Rep",
                          "client_id": "org_123",
                          "call_type": "outbound",
                          "status": "completed",
                          "recording_enabled": true,
                          "total_cost": 12.35,
                          "duration_seconds": 120.5,
                          "turn_count": 7,
                          "created_at": "2026-03-09T10:00:00Z",
                          "start_time": "2026-03-09T10:00:05Z",
                          "end_time": "2026-03-09T10:02:25Z",
                          "updated_at": "2026-03-09T10:02:30Z",
                          "end_reason": "tool_end_call",
                          "billing_status": "billed"
                        },
                        {
                          "call_sid": "call_def456ghi789",
                          "to_number": "+15551234567",
                          "from_number": "+15558675309",
                          "agent_id": "agent_xyz789",
                          "agent_name": "Sales Rep",
                          "client_id": "org_123",
                          "call_type": "inbound",
                          "status": "no-answer",
                          "recording_enabled": true,
                          "total_cost": 0.4,
                          "duration_seconds": 0,
                          "turn_count": 0,
                          "created_at": "2026-03-09T11:15:00Z",
                          "start_time": "2026-03-09T11:15:02Z",
                          "end_time": "2026-03-09T11:15:32Z",
                          "updated_at": "2026-03-09T11:15:33Z",
                          "end_reason": "no_answer",
                          "billing_status": "billed"
                        }
                      ],
                      "pagination": {
                        "next_cursor": "eyJjcmVhdGVkX2F0IjoiMjAyNi0wMy0wOVQxMToxNTowMFoifQ",
                        "has_more": true,
                        "page_size": 2,
                        "total_count": 57
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
      "ApiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "API key alone (providers.md: the reference shows two schemes; this is the first)."
      },
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "API key as a Bearer token; must be sent together with `X-Organization-Id` (providers.md)."
      },
      "OrganizationId": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Organization-Id",
        "description": "The organization the Bearer key acts for; sent with `Authorization: Bearer`."
      }
    },
    "schemas": {
      "CallStatus": {
        "type": "string",
        "description": "Current call status. The reference pages use two vocabularies (providers.md): `completed`,\n`ringing`, `in_progress`, and Twilio's `queued`, `initiated`, `ringing`, `in-progress`, `completed`,\n`busy`, `no-answer`, `failed`, `canceled`. Both are accepted.\n",
        "enum": [
          "completed",
          "ringing",
          "in_progress",
          "queued",
          "initiated",
          "in-progress",
          "busy",
          "no-answer",
          "failed",
          "canceled"
        ]
      },
      "CallType": {
        "type": "string",
        "description": "Type of call: inbound, outbound, or preview.",
        "enum": [
          "inbound",
          "outbound",
          "preview"
        ]
      },
      "Transport": {
        "type": "string",
        "description": "Transport method: twilio, sip, or webrtc.",
        "enum": [
          "twilio",
          "sip",
          "webrtc"
        ]
      },
      "AgentConfig": {
        "type": "object",
        "description": "Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). Keys beyond the example's are not documented.",
        "additionalProperties": true,
        "properties": {
          "llm_model": {
            "type": "string",
            "description": "LLM model name (e.g. `gpt-4`)."
          },
          "llm_provider": {
            "type": "string",
            "description": "LLM vendor (e.g. `openai`)."
          },
          "llm_temperature": {
            "type": "number",
            "description": "LLM sampling temperature."
          },
          "tts_provider": {
            "type": "string",
            "description": "Text-to-speech vendor (e.g. `elevenlabs`)."
          },
          "stt_provider": {
            "type": "string",
            "description": "Speech-to-text vendor (e.g. `deepgram`)."
          },
          "speak_first": {
            "type": "boolean",
            "description": "Whether the agent speaks first."
          }
        }
      },
      "CostItem": {
        "type": "object",
        "description": "Cost of one component.",
        "additionalProperties": true,
        "properties": {
          "cost_credits": {
            "type": "number",
            "description": "Cost in credits."
          },
          "units": {
            "type": "number",
            "description": "Units consumed (tokens, characters, seconds or minutes, by component)."
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Detailed cost breakdown by component, in credits: llm_input (input token costs), llm_output (output token costs), tts, stt, telephony.",
        "additionalProperties": true,
        "properties": {
          "llm_input": {
            "$ref": "#/components/schemas/CostItem"
          },
          "llm_output": {
            "$ref": "#/components/schemas/CostItem"
          },
          "tts": {
            "$ref": "#/components/schemas/CostItem"
          },
          "stt": {
            "$ref": "#/components/schemas/CostItem"
          },
          "telephony": {
            "$ref": "#/components/schemas/CostItem"
          }
        }
      },
      "Usage": {
        "type": "object",
        "description": "Usage statistics: llm token usage (input_tokens, output_tokens, total_tokens), tts character count, stt audio duration in seconds.",
        "additionalProperties": true,
        "properties": {
          "llm": {
            "type": "object",
            "description": "Token usage.",
            "additionalProperties": true,
            "properties": {
              "total_tokens": {
                "type": "integer",
                "description": "Total LLM tokens."
              },
              "input_tokens": {
                "type": "integer",
                "description": "LLM input (prompt) tokens."
              },
              "output_tokens": {
                "type": "integer",
                "description": "LLM output (completion) tokens."
              }
            }
          },
          "tts": {
            "type": "object",
            "description": "Text-to-speech usage.",
            "additionalProperties": true,
            "properties": {
              "total_characters": {
                "type": "integer",
                "description": "Characters synthesised."
              }
            }
          },
          "stt": {
            "type": "object",
            "description": "Speech-to-text usage.",
            "additionalProperties": true,
            "properties": {
              "total_duration_seconds": {
                "type": "number",
                "description": "Seconds of audio transcribed."
              }
            }
          }
        }
      },
      "Summary": {
        "type": "object",
        "description": "Call summary metrics.",
        "additionalProperties": true,
        "properties": {
          "end_reason": {
            "type": "string",
            "description": "Why the call ended (e.g. `tool_end_call`). Values are not enumerated by the reference."
          },
          "interruptions": {
            "type": "integer",
            "description": "Number of interruptions."
          },
          "avg_turn_duration": {
            "type": "number",
            "description": "Average turn duration in seconds."
          },
          "total_tokens": {
            "type": "integer",
            "description": "Total LLM tokens used."
          },
          "total_characters": {
            "type": "integer",
            "description": "Total TTS characters."
          }
        }
      },
      "Errors": {
        "type": "object",
        "description": "Error information if any errors occurred.",
        "additionalProperties": true,
        "properties": {
          "error_count": {
            "type": "integer",
            "description": "Number of errors."
          },
          "has_fatal_errors": {
            "type": "boolean",
            "description": "Whether any errors were fatal."
          },
          "errors": {
            "type": "array",
            "description": "Array of error details (shape not documented).",
            "items": {}
          }
        }
      },
      "TurnEvent": {
        "type": "object",
        "description": "One event of a turn (assistant response, tool call, LLM/TTS/STT metadata).",
        "additionalProperties": true,
        "properties": {
          "type": {
            "type": "string",
            "description": "Event type (e.g. `assistant_response`)."
          },
          "text": {
            "type": "string",
            "description": "Text of the event, when it has one."
          },
          "relative_time": {
            "type": "number",
            "description": "Seconds from the start of the call."
          },
          "metadata": {
            "type": "object",
            "description": "Event metadata; `llm.ttfb` is the LLM time to first byte in **seconds**, `llm.total_tokens` its tokens.",
            "additionalProperties": true
          }
        }
      },
      "Turn": {
        "type": "object",
        "description": "A conversation turn with detailed events.",
        "additionalProperties": true,
        "properties": {
          "turn_number": {
            "type": "integer",
            "description": "1-based turn number."
          },
          "relative_start_time": {
            "type": "number",
            "description": "Start of the turn, seconds from the start of the call."
          },
          "relative_end_time": {
            "type": "number",
            "description": "End of the turn, seconds from the start of the call."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Turn duration in seconds."
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TurnEvent"
            }
          }
        }
      },
      "TranscriptEntry": {
        "type": "object",
        "description": "A transcript entry with speaker, text, and timestamps.",
        "additionalProperties": true,
        "properties": {
          "turn": {
            "type": "integer",
            "description": "Turn number."
          },
          "speaker": {
            "type": "string",
            "description": "Who spoke (`assistant`, `user`)."
          },
          "text": {
            "type": "string",
            "description": "What was said."
          },
          "relative_time": {
            "type": "number",
            "description": "Seconds from the start of the call."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601 time of the entry."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "Complete call data object. Source: seed 004 (Get Call), Call Data Fields.",
        "additionalProperties": true,
        "required": [
          "call_sid",
          "to_number",
          "agent_id"
        ],
        "properties": {
          "call_sid": {
            "type": "string",
            "description": "Unique call identifier."
          },
          "trace_id": {
            "type": "string",
            "description": "Trace identifier of the call (in the example; not described)."
          },
          "to_number": {
            "type": "string",
            "description": "Phone number that was called (E.164 format)."
          },
          "from_number": {
            "type": "string",
            "description": "Caller phone number."
          },
          "agent_id": {
            "type": "string",
            "description": "ID of the agent that handled the call."
          },
          "agent_name": {
            "type": "string",
            "description": "Name of the agent."
          },
          "agent_config": {
            "$ref": "#/components/schemas/AgentConfig"
          },
          "client_id": {
            "type": "string",
            "description": "Organization/client the call belongs to (in the example; not described)."
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "transport": {
            "$ref": "#/components/schemas/Transport"
          },
          "recording_enabled": {
            "type": "boolean",
            "description": "Whether recording was enabled."
          },
          "recording_url": {
            "type": "string",
            "description": "S3 URL to the processed recording file (`s3://…`, not fetchable over HTTP)."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Call duration in seconds."
          },
          "turn_count": {
            "type": "number",
            "description": "Number of conversation turns."
          },
          "total_cost": {
            "type": "number",
            "description": "Total cost in credits."
          },
          "cost_breakdown": {
            "$ref": "#/components/schemas/CostBreakdown"
          },
          "usage": {
            "$ref": "#/components/schemas/Usage"
          },
          "summary": {
            "$ref": "#/components/schemas/Summary"
          },
          "errors": {
            "$ref": "#/components/schemas/Errors"
          },
          "turns": {
            "type": "array",
            "description": "Array of conversation turns with detailed events.",
            "items": {
              "$ref": "#/components/schemas/Turn"
            }
          },
          "transcript": {
            "type": "array",
            "description": "Array of transcript entries with speaker, text, and timestamps.",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "ISO8601 timestamp when the call was created."
          },
          "start_time": {
            "type": "string",
            "format": "date-time",
            "description": "ISO8601 timestamp when the call started."
          },
          "end_time": {
            "type": "string",
            "format": "date-time",
            "description": "ISO8601 timestamp when the call ended."
          }
        }
      },
      "CallListItem": {
        "type": "object",
        "description": "A row of List Calls (providers.md): call_sid, to_number, from_number, agent_id, agent_name, client_id, call_type, status, recording_enabled, total_cost, duration_seconds, turn_count, created_at, updated_at, start_time, end_time, end_reason, billing_status.",
        "additionalProperties": true,
        "required": [
          "call_sid",
          "agent_id"
        ],
        "properties": {
          "call_sid": {
            "type": "string",
            "description": "Unique call identifier."
          },
          "to_number": {
            "type": "string",
            "description": "Phone number that was called (E.164)."
          },
          "from_number": {
            "type": "string",
            "description": "Caller phone number."
          },
          "agent_id": {
            "type": "string",
            "description": "ID of the agent."
          },
          "agent_name": {
            "type": "string",
            "description": "Name of the agent."
          },
          "client_id": {
            "type": "string",
            "description": "Organization/client id."
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "recording_enabled": {
            "type": "boolean",
            "description": "Whether recording was enabled."
          },
          "total_cost": {
            "type": "number",
            "description": "Total cost in credits."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Call duration in seconds."
          },
          "turn_count": {
            "type": "number",
            "description": "Number of turns."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the call was created (ISO 8601)."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was last updated (ISO 8601)."
          },
          "start_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started (ISO 8601)."
          },
          "end_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended (ISO 8601)."
          },
          "end_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended (e.g. `tool_end_call`)."
          },
          "billing_status": {
            "type": "string",
            "description": "Billing state of the call (values not documented)."
          }
        }
      },
      "GetCallResponse": {
        "type": "object",
        "description": "Butter's single-object envelope `{success, data}`.",
        "additionalProperties": true,
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "Indicates if the request was successful."
          },
          "data": {
            "$ref": "#/components/schemas/Call"
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Cursor pagination state.",
        "additionalProperties": true,
        "properties": {
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Opaque cursor of the next page; null on the last page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether more calls follow."
          },
          "page_size": {
            "type": "integer",
            "description": "Page size used."
          },
          "total_count": {
            "type": "integer",
            "description": "Total number of calls."
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "Butter's list envelope `{success, data: [...], pagination}`.",
        "additionalProperties": true,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "Indicates if the request was successful."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallListItem"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Butter documents no error body. Modelled leniently on its envelope: `success: false` with an error\ntext in `error` and/or `message`; any other field is accepted.\n",
        "additionalProperties": true,
        "properties": {
          "success": {
            "type": "boolean",
            "description": "`false` on errors."
          },
          "error": {
            "type": "string",
            "description": "Error text (not documented)."
          },
          "message": {
            "type": "string",
            "description": "Error message (not documented)."
          }
        }
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "Missing or invalid API key (body not documented).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "success": false,
                  "error": "Unauthorized",
                  "message": "Invalid API key"
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key may not access this call (body not documented).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "forbidden": {
                "value": {
                  "success": false,
                  "error": "Forbidden",
                  "message": "Not allowed to access this call"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No call with this call_sid (body not documented).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "success": false,
                  "error": "Not found",
                  "message": "Call not found"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited: 10 requests/s on Starter, 50 requests/s on Pro (providers.md). Body not documented.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent.",
            "schema": {
              "type": "integer"
            }
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
                  "success": false,
                  "error": "Too many requests",
                  "message": "Rate limit exceeded"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Server error (body not documented).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internalError": {
                "value": {
                  "success": false,
                  "error": "Internal server error"
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
