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
    "description": "Hand-written description of the Butter AI call endpoints, from the Butter AI reference page \"Get Call\"\n(`GET /api/calls/{call_sid}`, https://docs.getbutter.ai/api-reference/calls/get), \"Authentication\"\n(https://docs.getbutter.ai/api-reference/authentication), the API introduction (envelopes, the cursor-paged\nlist, rate limits: https://docs.getbutter.ai/api-reference/introduction) and the call statuses\n(https://docs.getbutter.ai/resources/disconnect-codes).\n\nEnvelopes: `{success, data}` for one call; `{success, data: [...], pagination}` for the list.\nUnits: `duration_seconds`, `relative_time`, `relative_start_time`, `relative_end_time`,\n`avg_turn_duration`, `usage.stt.total_duration_seconds` and `turns[].events[].metadata.llm.ttfb` are\n**seconds**; times are ISO 8601 (UTC); costs (`total_cost`, `cost_breakdown.*.cost_credits`) are\n**credits**, not money; `recording_url` is an `s3://` URL, not fetchable over HTTP.\n\nRate limits: 10 requests/s (Starter), 50 requests/s (Pro); 429 when exceeded. Not documented: the error\nbody (modelled leniently), rate-limit headers, the shape of `errors.errors[]`, the values of\n`billing_status` and `end_reason`, and which status vocabulary a given call uses (both are accepted).\nThe reference page's curl shows `https://api.example.com`; the production host is\n`https://api.getbutter.ai` (https://docs.getbutter.ai/api-reference/introduction).\n",
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
      "description": "Production (the reference page shows api.example.com)."
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
        "description": "Get detailed information about a specific call including transcript, turns, usage statistics, and cost\nbreakdown, in Butter's `{success, data}` envelope. `success: false` is an error even on HTTP 200.\nSource: https://docs.getbutter.ai/api-reference/calls/get (Get Call).\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_sid",
            "in": "path",
            "required": true,
            "description": "The unique identifier of the call (format: call_ prefix + alphanumeric, e.g. `call_abc123def456`). Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The call, in Butter's `{success, data}` envelope. Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCallResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get Call example of the Butter AI reference (https://docs.getbutter.ai/api-reference/calls/get), verbatim (served by default).",
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
        "description": "List calls with opaque cursor pagination: `limit` 1–100 (default 50), and `cursor` from the previous\npage's `pagination.next_cursor` (omit it for the first page). Rows (`CallListItem`) carry fewer fields\nthan Get Call. No filters are documented. Source: https://docs.getbutter.ai/api-reference/introduction.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size, 1–100 calls (default 50). Source: https://docs.getbutter.ai/api-reference/introduction.",
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
            "description": "Opaque cursor: `pagination.next_cursor` of the previous page; omit for the first page. Source: https://docs.getbutter.ai/api-reference/introduction.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of calls: `{success, data: [...], pagination: {next_cursor, has_more, page_size, total_count}}`. Source: https://docs.getbutter.ai/api-reference/introduction.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "The only page of a two-call list: the seed call as a row and a Twilio-vocabulary `no-answer` call (served by default).",
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
                          "updated_at": "2026-03-09T10:02:30Z",
                          "start_time": "2026-03-09T10:00:05Z",
                          "end_time": "2026-03-09T10:02:25Z",
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
                          "updated_at": "2026-03-09T11:15:33Z",
                          "start_time": "2026-03-09T11:15:02Z",
                          "end_time": "2026-03-09T11:15:32Z",
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
                    "summary": "The same rows as the first page of a longer list, with a cursor to the next page (Prefer example=withNextPage).",
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
                          "updated_at": "2026-03-09T10:02:30Z",
                          "start_time": "2026-03-09T10:00:05Z",
                          "end_time": "2026-03-09T10:02:25Z",
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
                          "updated_at": "2026-03-09T11:15:33Z",
                          "start_time": "2026-03-09T11:15:02Z",
                          "end_time": "2026-03-09T11:15:32Z",
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
      "ApiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "API key alone, as `X-API-Key: <key>` (the first of the reference's two schemes). Source: https://docs.getbutter.ai/api-reference/authentication."
      },
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "API key as `Authorization: Bearer <key>`; must be sent together with `X-Organization-Id` (the second scheme). Source: https://docs.getbutter.ai/api-reference/authentication."
      },
      "OrganizationId": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Organization-Id",
        "description": "The organization the Bearer key acts for; only with `Authorization: Bearer`. Source: https://docs.getbutter.ai/api-reference/authentication."
      }
    },
    "schemas": {
      "CallStatus": {
        "type": "string",
        "description": "Current call status. The reference pages use two vocabularies (https://docs.getbutter.ai/resources/disconnect-codes): Butter's `completed`,\n`ringing`, `in_progress`, and Twilio's `queued`, `initiated`, `ringing`, `in-progress`, `completed`,\n`busy`, `no-answer`, `failed`, `canceled`. The enum is their union (note `in_progress` and\n`in-progress` both). Source: https://docs.getbutter.ai/api-reference/calls/get (`completed`), https://docs.getbutter.ai/resources/disconnect-codes.\n",
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
        "description": "Type of call: inbound, outbound, or preview (a test call from the dashboard). Source: https://docs.getbutter.ai/api-reference/calls/get.",
        "enum": [
          "inbound",
          "outbound",
          "preview"
        ]
      },
      "Transport": {
        "type": "string",
        "description": "Transport method: twilio, sip, or webrtc. Source: https://docs.getbutter.ai/api-reference/calls/get.",
        "enum": [
          "twilio",
          "sip",
          "webrtc"
        ]
      },
      "AgentConfig": {
        "type": "object",
        "description": "Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). The documented\nkeys are the example's; others are accepted (free-form). Source: https://docs.getbutter.ai/api-reference/calls/get.\n",
        "additionalProperties": true,
        "properties": {
          "llm_model": {
            "type": "string",
            "description": "LLM model name (e.g. `gpt-4`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "llm_provider": {
            "type": "string",
            "description": "LLM vendor (e.g. `openai`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "llm_temperature": {
            "type": "number",
            "description": "LLM sampling temperature (unitless, e.g. 0.7). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "tts_provider": {
            "type": "string",
            "description": "Text-to-speech vendor (e.g. `elevenlabs`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "stt_provider": {
            "type": "string",
            "description": "Speech-to-text vendor (e.g. `deepgram`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "speak_first": {
            "type": "boolean",
            "description": "Whether the agent speaks first. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "CostItem": {
        "type": "object",
        "description": "Cost of one component, in credits, with the units consumed. Source: https://docs.getbutter.ai/api-reference/calls/get (cost_breakdown.*).",
        "additionalProperties": true,
        "properties": {
          "cost_credits": {
            "type": "number",
            "description": "Cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "units": {
            "type": "number",
            "description": "Units consumed; the unit depends on the component (tokens for LLM, characters for TTS, seconds for STT, minutes for telephony, judging by the example; not documented). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Detailed cost breakdown by component, in **credits**. Source: https://docs.getbutter.ai/api-reference/calls/get.",
        "additionalProperties": true,
        "properties": {
          "llm_input": {
            "$ref": "#/components/schemas/CostItem",
            "description": "Input token costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "llm_output": {
            "$ref": "#/components/schemas/CostItem",
            "description": "Output token costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "tts": {
            "$ref": "#/components/schemas/CostItem",
            "description": "Text-to-speech costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "stt": {
            "$ref": "#/components/schemas/CostItem",
            "description": "Speech-to-text costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "telephony": {
            "$ref": "#/components/schemas/CostItem",
            "description": "Telephony costs, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "LlmUsage": {
        "type": "object",
        "description": "LLM token usage. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.llm).",
        "additionalProperties": true,
        "properties": {
          "total_tokens": {
            "type": "integer",
            "description": "Total LLM tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "input_tokens": {
            "type": "integer",
            "description": "LLM input (prompt) tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "output_tokens": {
            "type": "integer",
            "description": "LLM output (completion) tokens (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "TtsUsage": {
        "type": "object",
        "description": "Text-to-speech usage: character count. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.tts).",
        "additionalProperties": true,
        "properties": {
          "total_characters": {
            "type": "integer",
            "description": "Characters synthesised (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "SttUsage": {
        "type": "object",
        "description": "Speech-to-text usage: audio duration. Source: https://docs.getbutter.ai/api-reference/calls/get (usage.stt).",
        "additionalProperties": true,
        "properties": {
          "total_duration_seconds": {
            "type": "number",
            "description": "Audio transcribed, seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Usage": {
        "type": "object",
        "description": "Usage statistics. Source: https://docs.getbutter.ai/api-reference/calls/get (usage).",
        "additionalProperties": true,
        "properties": {
          "llm": {
            "$ref": "#/components/schemas/LlmUsage",
            "description": "Token usage (input_tokens, output_tokens, total_tokens). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "tts": {
            "$ref": "#/components/schemas/TtsUsage",
            "description": "Character count. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "stt": {
            "$ref": "#/components/schemas/SttUsage",
            "description": "Audio duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Summary": {
        "type": "object",
        "description": "Call summary metrics. Source: https://docs.getbutter.ai/api-reference/calls/get (summary).",
        "additionalProperties": true,
        "properties": {
          "end_reason": {
            "type": "string",
            "description": "Why the call ended, open string (e.g. `tool_end_call`; the values are not enumerated). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "interruptions": {
            "type": "integer",
            "description": "Number of interruptions (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "avg_turn_duration": {
            "type": "number",
            "description": "Average turn duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "total_tokens": {
            "type": "integer",
            "description": "Total LLM tokens used (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "total_characters": {
            "type": "integer",
            "description": "Total TTS characters (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Errors": {
        "type": "object",
        "description": "Error information if any errors occurred during the call. Source: https://docs.getbutter.ai/api-reference/calls/get (errors).",
        "additionalProperties": true,
        "properties": {
          "error_count": {
            "type": "integer",
            "description": "Number of errors (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "has_fatal_errors": {
            "type": "boolean",
            "description": "Whether any errors were fatal. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "errors": {
            "type": "array",
            "description": "Array of error details; the item shape is not documented (`[]` in the example). Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "items": {}
          }
        }
      },
      "LlmEventMetadata": {
        "type": "object",
        "description": "LLM metadata of a turn event. Source: https://docs.getbutter.ai/api-reference/calls/get (turns[].events[].metadata.llm).",
        "additionalProperties": true,
        "properties": {
          "total_tokens": {
            "type": "integer",
            "description": "LLM tokens of this event (count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "ttfb": {
            "type": "number",
            "description": "LLM time to first byte, **seconds** (e.g. 0.5). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "TurnEventMetadata": {
        "type": "object",
        "description": "Metadata of a turn event: LLM, TTS and STT metadata per the page (\"LLM metadata, TTS metadata, and STT\nmetadata\"); only `llm` is shown, `tts`/`stt` are free-form. Source: https://docs.getbutter.ai/api-reference/calls/get.\n",
        "additionalProperties": true,
        "properties": {
          "llm": {
            "$ref": "#/components/schemas/LlmEventMetadata",
            "description": "LLM metadata (tokens, time to first byte in seconds). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "tts": {
            "type": "object",
            "description": "TTS metadata, free-form (shape not documented). Source: https://docs.getbutter.ai/api-reference/calls/get (text).",
            "additionalProperties": true
          },
          "stt": {
            "type": "object",
            "description": "STT metadata, free-form (shape not documented). Source: https://docs.getbutter.ai/api-reference/calls/get (text).",
            "additionalProperties": true
          }
        }
      },
      "TurnEvent": {
        "type": "object",
        "description": "One event of a turn (assistant response, tool call, LLM/TTS/STT metadata). Source: https://docs.getbutter.ai/api-reference/calls/get (turns[].events[]).",
        "additionalProperties": true,
        "properties": {
          "type": {
            "type": "string",
            "description": "Event type, open string (e.g. `assistant_response`; tool calls have their own types, not enumerated). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "text": {
            "type": "string",
            "description": "Text of the event, when it has one. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "relative_time": {
            "type": "number",
            "description": "When the event happened, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "metadata": {
            "$ref": "#/components/schemas/TurnEventMetadata",
            "description": "LLM/TTS/STT metadata of the event. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Turn": {
        "type": "object",
        "description": "A conversation turn with detailed events. Source: https://docs.getbutter.ai/api-reference/calls/get (turns[]).",
        "additionalProperties": true,
        "properties": {
          "turn_number": {
            "type": "integer",
            "description": "Turn number, 1-based. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "relative_start_time": {
            "type": "number",
            "description": "Start of the turn, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "relative_end_time": {
            "type": "number",
            "description": "End of the turn, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Turn duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "events": {
            "type": "array",
            "description": "Events of the turn, in order. Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "items": {
              "$ref": "#/components/schemas/TurnEvent"
            }
          }
        }
      },
      "TranscriptEntry": {
        "type": "object",
        "description": "A transcript entry with speaker, text, and timestamps. Source: https://docs.getbutter.ai/api-reference/calls/get (transcript[]).",
        "additionalProperties": true,
        "properties": {
          "turn": {
            "type": "integer",
            "description": "Turn number the entry belongs to (1-based, matches `turns[].turn_number`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "speaker": {
            "type": "string",
            "description": "Who spoke, open string (`assistant`, `user`). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "text": {
            "type": "string",
            "description": "What was said. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "relative_time": {
            "type": "number",
            "description": "When it was said, seconds from the start of the call. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When it was said, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "Complete call data object (`data` of Get Call). Required as the page marks: `call_sid`, `to_number`,\n`agent_id`. `trace_id` and `client_id` appear in the example only. Nullability of `recording_url`,\n`start_time` and `end_time` is lenient (calls not recorded, not started or not ended); the page shows\nnone. Source: https://docs.getbutter.ai/api-reference/calls/get (Get Call, Call Data Fields).\n",
        "additionalProperties": true,
        "required": [
          "call_sid",
          "to_number",
          "agent_id"
        ],
        "properties": {
          "call_sid": {
            "type": "string",
            "description": "Unique call identifier (`call_` + alphanumeric). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "trace_id": {
            "type": "string",
            "description": "Trace identifier of the call (in the example only; not described). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "to_number": {
            "type": "string",
            "description": "Phone number that was called (E.164 format). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "from_number": {
            "type": "string",
            "description": "Caller phone number (E.164 in the example). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "agent_id": {
            "type": "string",
            "description": "ID of the agent that handled the call. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "agent_name": {
            "type": "string",
            "description": "Name of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "agent_config": {
            "$ref": "#/components/schemas/AgentConfig",
            "description": "Agent configuration used during the call (LLM model, TTS provider, temperature, etc.). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "client_id": {
            "type": "string",
            "description": "Organization/client the call belongs to (e.g. `org_123`; in the example only). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType",
            "description": "Type of call: inbound, outbound, or preview. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus",
            "description": "Current call status (either vocabulary). Source: https://docs.getbutter.ai/api-reference/calls/get, https://docs.getbutter.ai/resources/disconnect-codes."
          },
          "transport": {
            "$ref": "#/components/schemas/Transport",
            "description": "Transport method: twilio, sip, or webrtc. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "recording_enabled": {
            "type": "boolean",
            "description": "Whether recording was enabled. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "S3 URL to the processed recording file (`s3://bucket/…`): not fetchable over HTTP. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Call duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "turn_count": {
            "type": "number",
            "description": "Number of conversation turns (a count; typed `number` by the page). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "total_cost": {
            "type": "number",
            "description": "Total cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "cost_breakdown": {
            "$ref": "#/components/schemas/CostBreakdown",
            "description": "Detailed cost breakdown by component, credits. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "usage": {
            "$ref": "#/components/schemas/Usage",
            "description": "Usage statistics (tokens, characters, seconds of audio). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "summary": {
            "$ref": "#/components/schemas/Summary",
            "description": "Call summary metrics. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "errors": {
            "$ref": "#/components/schemas/Errors",
            "description": "Error information if any errors occurred. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "turns": {
            "type": "array",
            "description": "Array of conversation turns with detailed events. Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "items": {
              "$ref": "#/components/schemas/Turn"
            }
          },
          "transcript": {
            "type": "array",
            "description": "Array of transcript entries with speaker, text, and timestamps (a simplified view of `turns`). Source: https://docs.getbutter.ai/api-reference/calls/get.",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "ISO8601 timestamp when the call was created. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "start_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "ISO8601 timestamp when the call started. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "end_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "ISO8601 timestamp when the call ended. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "CallListItem": {
        "type": "object",
        "description": "A row of List Calls: call_sid, to_number, from_number, agent_id, agent_name, client_id, call_type,\nstatus, recording_enabled, total_cost, duration_seconds, turn_count, created_at, updated_at,\nstart_time, end_time, end_reason, billing_status. Get Call has the full record. Source: https://docs.getbutter.ai/api-reference/introduction.\n",
        "additionalProperties": true,
        "required": [
          "call_sid",
          "agent_id"
        ],
        "properties": {
          "call_sid": {
            "type": "string",
            "description": "Unique call identifier (the `call_sid` of Get Call). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "to_number": {
            "type": "string",
            "description": "Phone number that was called (E.164). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "from_number": {
            "type": "string",
            "description": "Caller phone number (E.164). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "agent_id": {
            "type": "string",
            "description": "ID of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "agent_name": {
            "type": "string",
            "description": "Name of the agent. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "client_id": {
            "type": "string",
            "description": "Organization/client id. Source: https://docs.getbutter.ai/api-reference/authentication."
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType",
            "description": "inbound, outbound, or preview. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus",
            "description": "Call status (either vocabulary). Source: https://docs.getbutter.ai/resources/disconnect-codes."
          },
          "recording_enabled": {
            "type": "boolean",
            "description": "Whether recording was enabled. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "total_cost": {
            "type": "number",
            "description": "Total cost in **credits** (not money). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "duration_seconds": {
            "type": "number",
            "description": "Call duration in seconds. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "turn_count": {
            "type": "number",
            "description": "Number of conversation turns (a count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the call was created, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the record was last updated, ISO 8601 (UTC). Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "start_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call started, ISO 8601 (UTC); null if it never started. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "end_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call ended, ISO 8601 (UTC); null while in progress. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "end_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended, open string (e.g. `tool_end_call`); null while in progress. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "billing_status": {
            "type": "string",
            "description": "Billing state of the call, open string (values not documented). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "GetCallResponse": {
        "type": "object",
        "description": "Butter's single-object envelope `{success, data}`. Source: https://docs.getbutter.ai/api-reference/calls/get (Response).",
        "additionalProperties": true,
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "Indicates if the request was successful. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "data": {
            "$ref": "#/components/schemas/Call",
            "description": "Complete call data object. Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Cursor pagination state of the list. Source: https://docs.getbutter.ai/api-reference/introduction.",
        "additionalProperties": true,
        "properties": {
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Opaque cursor of the next page, for `cursor`; null on the last page. Source: https://docs.getbutter.ai/api-reference/introduction."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether more calls follow this page. Source: https://docs.getbutter.ai/api-reference/introduction."
          },
          "page_size": {
            "type": "integer",
            "description": "Page size used (calls per page). Source: https://docs.getbutter.ai/api-reference/introduction."
          },
          "total_count": {
            "type": "integer",
            "description": "Total number of calls (a count). Source: https://docs.getbutter.ai/api-reference/calls/get."
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "Butter's list envelope `{success, data: [...], pagination}`. Source: https://docs.getbutter.ai/api-reference/introduction.",
        "additionalProperties": true,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "Indicates if the request was successful. Source: https://docs.getbutter.ai/api-reference/calls/get."
          },
          "data": {
            "type": "array",
            "description": "This page's rows. Source: https://docs.getbutter.ai/api-reference/introduction.",
            "items": {
              "$ref": "#/components/schemas/CallListItem"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination",
            "description": "Cursor pagination state. Source: https://docs.getbutter.ai/api-reference/introduction."
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Butter documents no error body (https://docs.getbutter.ai/api-reference/introduction). Modelled leniently on its envelope: `success: false` with\nan error text in `error` and/or `message`; nothing is required and any other field is accepted.\n",
        "additionalProperties": true,
        "properties": {
          "success": {
            "type": "boolean",
            "enum": [
              false
            ],
            "description": "`false` on errors (assumed from the envelope; not documented)."
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
      "BadRequest": {
        "description": "Invalid query parameters (e.g. `limit` outside 1–100). Not documented by Butter; body modelled leniently.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "success": false,
                  "error": "Bad request",
                  "message": "limit must be between 1 and 100"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid credentials (`X-API-Key`, or Bearer + `X-Organization-Id`). Body not documented.",
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
        "description": "The key may not access this call or organization. Body not documented.",
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
        "description": "No call with this call_sid. Body not documented.",
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
        "description": "Rate limited: more than 10 requests/s on Starter, 50 requests/s on Pro (https://docs.getbutter.ai/api-reference/introduction). Body and headers not documented.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent (standard HTTP; not documented by Butter).",
            "schema": {
              "type": "integer",
              "examples": [
                1
              ]
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
        "description": "Server error. Body not documented.",
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
