/**
 * GENERATED from specs/zudu.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/zudu.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Zudu AI call records API",
    "version": "1.0.0",
    "summary": "Get and list Zudu AI calls.",
    "description": "Hand-written description of the Zudu AI call endpoints, from the Zudu reference page \"Get call by ID\"\n(`GET /api/calls/{callId}`, seed 002) and the provider notes in `shared/providers.md` (auth, envelope,\nlist endpoint, enums).\n\nEvery response is wrapped in Zudu's envelope `{message, status: \"success\" | \"error\", error, data}`.\nUnits: timestamps are Unix epoch **milliseconds**; `call_duration` is milliseconds (the list filter is\n`duration_ms`); latencies are milliseconds; `call_cost` names no currency and its values are\ndollar-sized (USD). Enums are documented in upper case, but one page shows lower case: both are\naccepted. The field set mirrors Retell AI's call object of 2025. Rate limits and webhooks are not\ndocumented.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "Zudu AI API reference",
    "url": "https://docs.zudu.ai"
  },
  "servers": [
    {
      "url": "https://api.zudu.ai",
      "description": "Production (the reference's curl shows http://localhost:8080)"
    }
  ],
  "security": [
    {
      "ApiKey": [],
      "ApiSecret": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Call records."
    }
  ],
  "paths": {
    "/api/calls/{callId}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get call by ID",
        "description": "Retrieve one call, wrapped in Zudu's envelope. Source: seed 002.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "callId",
            "in": "path",
            "required": true,
            "description": "Unique identifier of the call.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Call retrieved successfully",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCallResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get call by ID example of the Zudu reference (seed 002), verbatim.",
                    "value": {
                      "message": "Call retrieved successfully",
                      "status": "success",
                      "error": null,
                      "data": {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "agent_id": "agent-123",
                        "call_id": "call-456",
                        "organization_id": "org-789",
                        "call_status": "ONGOING",
                        "call_type": "PHONE_CALL",
                        "direction": "INBOUND",
                        "from_number": "+1234567890",
                        "to_number": "+0987654321",
                        "start_timestamp": 1703097600000,
                        "end_timestamp": null,
                        "call_duration": null,
                        "disconnection_reason": null,
                        "recording_url": "https://storage.azure.com/recordings/call-456.mp4",
                        "public_log_url": "https://api.example.com/logs/call-456",
                        "opt_out_sensitive_data_storage": false,
                        "metadata": {
                          "customer_id": "cust-001",
                          "priority": "high",
                          "campaign": "summer-2024"
                        },
                        "events": [
                          {
                            "timestamp": 1703097600000,
                            "event": "Call created",
                            "session_time": 0,
                            "data": {}
                          },
                          {
                            "timestamp": 1703097630000,
                            "event": "Call started - INBOUND",
                            "session_time": 0,
                            "data": {
                              "direction": "INBOUND",
                              "from": "+1234567890",
                              "to": "+0987654321"
                            }
                          }
                        ],
                        "transcript": "Hello, thank you for calling. How can I help you today?",
                        "transcript_object": [
                          {
                            "role": "assistant",
                            "content": "Hello, thank you for calling. How can I help you today?",
                            "timestamp": 1703097635000,
                            "words": [
                              {
                                "word": "Hello",
                                "start": 1703097635000,
                                "end": 1703097635500
                              }
                            ]
                          }
                        ],
                        "transcript_with_tool_calls": [],
                        "latency": {
                          "e2e": {
                            "max": 450.2,
                            "min": 120.1,
                            "num": 15,
                            "p50": 250.5,
                            "p90": 380.8,
                            "p95": 420.3,
                            "p99": 445.1,
                            "values": [
                              120.1,
                              180.3,
                              250.5,
                              380.8,
                              450.2
                            ]
                          },
                          "llm": {
                            "max": 180.5,
                            "min": 80.2,
                            "num": 8,
                            "p50": 125.3,
                            "p90": 160.1,
                            "p95": 170.8,
                            "p99": 178.2,
                            "values": [
                              80.2,
                              90.1,
                              125.3,
                              160.1,
                              180.5
                            ]
                          }
                        },
                        "call_analysis": null,
                        "call_cost": {
                          "combined_cost": 0.15,
                          "product_costs": [
                            {
                              "product": "inbound_call",
                              "cost": 0.1,
                              "unit_price": 0.02
                            },
                            {
                              "product": "llm_usage",
                              "cost": 0.05,
                              "unit_price": 0.001
                            }
                          ],
                          "total_duration_seconds": 300,
                          "total_duration_unit_price": 0.02,
                          "total_one_time_price": 0.05
                        },
                        "telephony_identifier": {
                          "call_sid": "CA1234567890abcdef1234567890abcdef",
                          "conference_sid": "CF1234567890abcdef1234567890abcdef"
                        }
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
      "post": {
        "operationId": "listCalls",
        "summary": "List calls",
        "description": "List calls with a JSON body: 0-based `page`, `limit`, sorting and filter criteria (providers.md). Wrapped in Zudu's envelope.",
        "tags": [
          "calls"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListCallsRequest"
              },
              "examples": {
                "endedPhoneCalls": {
                  "summary": "Ended phone calls, newest first.",
                  "value": {
                    "page": 0,
                    "limit": 20,
                    "sort_by": "start_timestamp",
                    "sort_order": "descending",
                    "filter_criteria": {
                      "call_status": [
                        "ENDED"
                      ],
                      "call_type": [
                        "PHONE_CALL"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Calls retrieved successfully",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls built from the Get call example (served by default).",
                    "value": {
                      "message": "Calls retrieved successfully",
                      "status": "success",
                      "error": null,
                      "data": {
                        "organization_id": "org-789",
                        "calls": [
                          {
                            "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                            "agent_id": "agent-123",
                            "call_id": "call-457",
                            "organization_id": "org-789",
                            "call_status": "ENDED",
                            "call_type": "PHONE_CALL",
                            "direction": "OUTBOUND",
                            "from_number": "+0987654321",
                            "to_number": "+1234567890",
                            "start_timestamp": 1703101200000,
                            "end_timestamp": 1703101500000,
                            "call_duration": 300000,
                            "disconnection_reason": "USER_HANGUP",
                            "recording_url": "https://storage.azure.com/recordings/call-457.mp4",
                            "public_log_url": "https://api.example.com/logs/call-457",
                            "opt_out_sensitive_data_storage": false,
                            "metadata": {
                              "customer_id": "cust-001",
                              "priority": "high",
                              "campaign": "summer-2024"
                            },
                            "events": [
                              {
                                "timestamp": 1703101200000,
                                "event": "Call created",
                                "session_time": 0,
                                "data": {}
                              }
                            ],
                            "transcript": "Hello, this is Zudu calling about your delivery. Could we reschedule it?",
                            "transcript_object": [
                              {
                                "role": "assistant",
                                "content": "Hello, this is Zudu calling about your delivery.",
                                "timestamp": 1703101203000,
                                "words": [
                                  {
                                    "word": "Hello",
                                    "start": 1703101203000,
                                    "end": 1703101203400
                                  }
                                ]
                              },
                              {
                                "role": "user",
                                "content": "Sure, Friday works.",
                                "timestamp": 1703101210000,
                                "words": [
                                  {
                                    "word": "Sure",
                                    "start": 1703101210000,
                                    "end": 1703101210300
                                  }
                                ]
                              }
                            ],
                            "transcript_with_tool_calls": [],
                            "latency": {
                              "e2e": {
                                "max": 450.2,
                                "min": 120.1,
                                "num": 15,
                                "p50": 250.5,
                                "p90": 380.8,
                                "p95": 420.3,
                                "p99": 445.1,
                                "values": [
                                  120.1,
                                  180.3,
                                  250.5,
                                  380.8,
                                  450.2
                                ]
                              },
                              "llm": {
                                "max": 180.5,
                                "min": 80.2,
                                "num": 8,
                                "p50": 125.3,
                                "p90": 160.1,
                                "p95": 170.8,
                                "p99": 178.2,
                                "values": [
                                  80.2,
                                  90.1,
                                  125.3,
                                  160.1,
                                  180.5
                                ]
                              }
                            },
                            "call_analysis": {
                              "call_summary": "The customer asked to reschedule a delivery; the agent confirmed a new date.",
                              "call_successful": true,
                              "user_sentiment": "Positive",
                              "in_voicemail": false,
                              "custom_analysis_data": {}
                            },
                            "call_cost": {
                              "combined_cost": 0.15,
                              "product_costs": [
                                {
                                  "product": "inbound_call",
                                  "cost": 0.1,
                                  "unit_price": 0.02
                                },
                                {
                                  "product": "llm_usage",
                                  "cost": 0.05,
                                  "unit_price": 0.001
                                }
                              ],
                              "total_duration_seconds": 300,
                              "total_duration_unit_price": 0.02,
                              "total_one_time_price": 0.05
                            },
                            "telephony_identifier": {
                              "call_sid": "CA0987654321fedcba0987654321fedcba"
                            }
                          },
                          {
                            "id": "550e8400-e29b-41d4-a716-446655440000",
                            "agent_id": "agent-123",
                            "call_id": "call-456",
                            "organization_id": "org-789",
                            "call_status": "ONGOING",
                            "call_type": "PHONE_CALL",
                            "direction": "INBOUND",
                            "from_number": "+1234567890",
                            "to_number": "+0987654321",
                            "start_timestamp": 1703097600000,
                            "end_timestamp": null,
                            "call_duration": null,
                            "disconnection_reason": null,
                            "recording_url": "https://storage.azure.com/recordings/call-456.mp4",
                            "public_log_url": "https://api.example.com/logs/call-456",
                            "opt_out_sensitive_data_storage": false,
                            "metadata": {
                              "customer_id": "cust-001",
                              "priority": "high",
                              "campaign": "summer-2024"
                            },
                            "events": [
                              {
                                "timestamp": 1703097600000,
                                "event": "Call created",
                                "session_time": 0,
                                "data": {}
                              },
                              {
                                "timestamp": 1703097630000,
                                "event": "Call started - INBOUND",
                                "session_time": 0,
                                "data": {
                                  "direction": "INBOUND",
                                  "from": "+1234567890",
                                  "to": "+0987654321"
                                }
                              }
                            ],
                            "transcript": "Hello, thank you for calling. How can I help you today?",
                            "transcript_object": [
                              {
                                "role": "assistant",
                                "content": "Hello, thank you for calling. How can I help you today?",
                                "timestamp": 1703097635000,
                                "words": [
                                  {
                                    "word": "Hello",
                                    "start": 1703097635000,
                                    "end": 1703097635500
                                  }
                                ]
                              }
                            ],
                            "transcript_with_tool_calls": [],
                            "latency": {
                              "e2e": {
                                "max": 450.2,
                                "min": 120.1,
                                "num": 15,
                                "p50": 250.5,
                                "p90": 380.8,
                                "p95": 420.3,
                                "p99": 445.1,
                                "values": [
                                  120.1,
                                  180.3,
                                  250.5,
                                  380.8,
                                  450.2
                                ]
                              },
                              "llm": {
                                "max": 180.5,
                                "min": 80.2,
                                "num": 8,
                                "p50": 125.3,
                                "p90": 160.1,
                                "p95": 170.8,
                                "p99": 178.2,
                                "values": [
                                  80.2,
                                  90.1,
                                  125.3,
                                  160.1,
                                  180.5
                                ]
                              }
                            },
                            "call_analysis": null,
                            "call_cost": {
                              "combined_cost": 0.15,
                              "product_costs": [
                                {
                                  "product": "inbound_call",
                                  "cost": 0.1,
                                  "unit_price": 0.02
                                },
                                {
                                  "product": "llm_usage",
                                  "cost": 0.05,
                                  "unit_price": 0.001
                                }
                              ],
                              "total_duration_seconds": 300,
                              "total_duration_unit_price": 0.02,
                              "total_one_time_price": 0.05
                            },
                            "telephony_identifier": {
                              "call_sid": "CA1234567890abcdef1234567890abcdef",
                              "conference_sid": "CF1234567890abcdef1234567890abcdef"
                            }
                          }
                        ],
                        "pagination": {
                          "page": 0,
                          "limit": 20,
                          "total_count": 2,
                          "total_pages": 1,
                          "has_next_page": false,
                          "has_previous_page": false
                        },
                        "returned_count": 2,
                        "sort_order": "descending",
                        "sort_by": "start_timestamp",
                        "applied_filters": {}
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
      "ApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-KEY",
        "description": "API key (`sk_…`); must be sent together with X-API-SECRET."
      },
      "ApiSecret": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-SECRET",
        "description": "API secret (`s3cr3t_…`); must be sent together with X-API-KEY."
      }
    },
    "schemas": {
      "CallStatus": {
        "type": "string",
        "description": "Call status: REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED (documented upper case; one page shows lower case, so both are accepted).",
        "enum": [
          "REGISTERED",
          "ONGOING",
          "ENDED",
          "ERROR",
          "SCHEDULED",
          "registered",
          "ongoing",
          "ended",
          "error",
          "scheduled"
        ]
      },
      "CallType": {
        "type": "string",
        "description": "Call type: PHONE_CALL or WEB_CALL (either case).",
        "enum": [
          "PHONE_CALL",
          "WEB_CALL",
          "phone_call",
          "web_call"
        ]
      },
      "Direction": {
        "type": "string",
        "description": "Call direction: INBOUND or OUTBOUND (either case).",
        "enum": [
          "INBOUND",
          "OUTBOUND",
          "inbound",
          "outbound"
        ]
      },
      "Word": {
        "type": "object",
        "description": "One word of a transcript turn with its timing.",
        "additionalProperties": true,
        "properties": {
          "word": {
            "type": "string",
            "description": "The word."
          },
          "start": {
            "type": "number",
            "description": "Start of the word, Unix epoch milliseconds."
          },
          "end": {
            "type": "number",
            "description": "End of the word, Unix epoch milliseconds."
          }
        }
      },
      "TranscriptTurn": {
        "type": "object",
        "description": "One turn of `transcript_object`.",
        "additionalProperties": true,
        "properties": {
          "role": {
            "type": "string",
            "description": "Who spoke: `assistant` or `user` (Retell also uses `agent`)."
          },
          "content": {
            "type": "string",
            "description": "What was said."
          },
          "timestamp": {
            "type": "number",
            "description": "Start of the turn, Unix epoch milliseconds."
          },
          "words": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Word"
            }
          }
        }
      },
      "Event": {
        "type": "object",
        "description": "A call lifecycle event.",
        "additionalProperties": true,
        "properties": {
          "timestamp": {
            "type": "number",
            "description": "When it happened, Unix epoch milliseconds."
          },
          "event": {
            "type": "string",
            "description": "What happened (e.g. `Call created`)."
          },
          "session_time": {
            "type": "number",
            "description": "Time into the session (unit not documented; 0 in the example)."
          },
          "data": {
            "type": "object",
            "description": "Event details (free-form).",
            "additionalProperties": true
          }
        }
      },
      "LatencyStats": {
        "type": "object",
        "description": "Distribution of one latency, in **milliseconds** (`num` is the number of samples; `values` a sample of them).",
        "additionalProperties": true,
        "properties": {
          "max": {
            "type": "number",
            "description": "Maximum, ms."
          },
          "min": {
            "type": "number",
            "description": "Minimum, ms."
          },
          "num": {
            "type": "integer",
            "description": "Number of samples."
          },
          "p50": {
            "type": "number",
            "description": "Median, ms."
          },
          "p90": {
            "type": "number",
            "description": "90th percentile, ms."
          },
          "p95": {
            "type": "number",
            "description": "95th percentile, ms."
          },
          "p99": {
            "type": "number",
            "description": "99th percentile, ms."
          },
          "values": {
            "type": "array",
            "description": "Sampled values, ms.",
            "items": {
              "type": "number"
            }
          }
        }
      },
      "Latency": {
        "type": "object",
        "description": "Latency by stage, ms (Retell's names: `e2e`, `llm`, `tts`, `asr`, …); every stage has the same shape.",
        "additionalProperties": {
          "$ref": "#/components/schemas/LatencyStats"
        },
        "properties": {
          "e2e": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "llm": {
            "$ref": "#/components/schemas/LatencyStats"
          }
        }
      },
      "CallAnalysis": {
        "type": [
          "object",
          "null"
        ],
        "description": "Post-call analysis with Retell's names; null until analysed.",
        "additionalProperties": true,
        "properties": {
          "call_summary": {
            "type": "string",
            "description": "Summary of the call."
          },
          "call_successful": {
            "type": "boolean",
            "description": "Whether the call achieved its goal."
          },
          "user_sentiment": {
            "type": "string",
            "description": "User sentiment, e.g. `Positive`, `Neutral`, `Negative`."
          },
          "in_voicemail": {
            "type": "boolean",
            "description": "Whether the call reached voicemail."
          },
          "custom_analysis_data": {
            "type": "object",
            "description": "Custom extracted data (free-form).",
            "additionalProperties": true
          }
        }
      },
      "ProductCost": {
        "type": "object",
        "description": "Cost of one product (USD-sized, no currency named).",
        "additionalProperties": true,
        "properties": {
          "product": {
            "type": "string",
            "description": "Product name (e.g. `inbound_call`, `llm_usage`)."
          },
          "cost": {
            "type": "number",
            "description": "Cost of this product for the call."
          },
          "unit_price": {
            "type": "number",
            "description": "Price per unit."
          }
        }
      },
      "CallCost": {
        "type": [
          "object",
          "null"
        ],
        "description": "Cost of the call. Zudu names no currency; the values are dollar-sized (USD).",
        "additionalProperties": true,
        "properties": {
          "combined_cost": {
            "type": "number",
            "description": "Total cost."
          },
          "product_costs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProductCost"
            }
          },
          "total_duration_seconds": {
            "type": "number",
            "description": "Billed duration, seconds."
          },
          "total_duration_unit_price": {
            "type": "number",
            "description": "Price per unit of duration."
          },
          "total_one_time_price": {
            "type": "number",
            "description": "One-time charges."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A Zudu call record (`data` of Get call by ID). Source: seed 002.",
        "additionalProperties": true,
        "required": [
          "call_id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Record id (UUID)."
          },
          "agent_id": {
            "type": "string",
            "description": "Agent that handled the call."
          },
          "call_id": {
            "type": "string",
            "description": "Call identifier (used in the path)."
          },
          "organization_id": {
            "type": "string",
            "description": "Organization that owns the call."
          },
          "call_status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType"
          },
          "direction": {
            "$ref": "#/components/schemas/Direction"
          },
          "from_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Calling number (E.164)."
          },
          "to_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Called number (E.164)."
          },
          "start_timestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Start of the call, Unix epoch milliseconds."
          },
          "end_timestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "End of the call, Unix epoch milliseconds; null while ongoing."
          },
          "call_duration": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Call duration, milliseconds; null while ongoing."
          },
          "disconnection_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended, e.g. `USER_HANGUP`; null while ongoing."
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Recording URL."
          },
          "public_log_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the call's public log."
          },
          "opt_out_sensitive_data_storage": {
            "type": "boolean",
            "description": "Whether sensitive data storage was opted out of."
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "description": "Free-form metadata attached to the call.",
            "additionalProperties": true
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Event"
            }
          },
          "transcript": {
            "type": [
              "string",
              "null"
            ],
            "description": "Plain-text transcript."
          },
          "transcript_object": {
            "type": "array",
            "description": "Transcript turns with word timings.",
            "items": {
              "$ref": "#/components/schemas/TranscriptTurn"
            }
          },
          "transcript_with_tool_calls": {
            "type": "array",
            "description": "Transcript including tool calls (item shape not documented).",
            "items": {}
          },
          "latency": {
            "$ref": "#/components/schemas/Latency"
          },
          "call_analysis": {
            "$ref": "#/components/schemas/CallAnalysis"
          },
          "call_cost": {
            "$ref": "#/components/schemas/CallCost"
          },
          "telephony_identifier": {
            "type": [
              "object",
              "null"
            ],
            "description": "Telephony identifiers (e.g. Twilio `call_sid`, `conference_sid`).",
            "additionalProperties": true
          }
        }
      },
      "GetCallResponse": {
        "type": "object",
        "description": "Zudu's envelope around one call.",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Human-readable outcome."
          },
          "status": {
            "type": "string",
            "description": "`success` or `error`.",
            "enum": [
              "success",
              "error"
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Error text; null on success."
          },
          "data": {
            "$ref": "#/components/schemas/Call"
          }
        }
      },
      "DurationRange": {
        "type": "object",
        "description": "Duration filter, milliseconds.",
        "additionalProperties": false,
        "properties": {
          "lower_threshold": {
            "type": "integer",
            "minimum": 0,
            "description": "Minimum duration, ms."
          },
          "upper_threshold": {
            "type": "integer",
            "minimum": 0,
            "description": "Maximum duration, ms."
          }
        }
      },
      "FilterCriteria": {
        "type": "object",
        "description": "Filters of the list.",
        "additionalProperties": false,
        "properties": {
          "call_status": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallStatus"
            }
          },
          "call_type": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallType"
            }
          },
          "agent_id": {
            "type": "string",
            "description": "Only calls of this agent."
          },
          "duration_ms": {
            "$ref": "#/components/schemas/DurationRange"
          },
          "transcript_search": {
            "type": "string",
            "description": "Full-text search in transcripts."
          }
        }
      },
      "ListCallsRequest": {
        "type": "object",
        "description": "Body of the list request (providers.md).",
        "additionalProperties": false,
        "properties": {
          "page": {
            "type": "integer",
            "minimum": 0,
            "description": "0-based page number."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "Calls per page."
          },
          "sort_by": {
            "type": "string",
            "description": "Field to sort by (e.g. `start_timestamp`)."
          },
          "sort_order": {
            "type": "string",
            "enum": [
              "ascending",
              "descending"
            ],
            "description": "Sort direction."
          },
          "filter_criteria": {
            "$ref": "#/components/schemas/FilterCriteria"
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Pagination state. Two shapes are documented: `{page, limit, total_count, total_pages, has_next_page, has_previous_page}` and `{page, limit, total, total_pages}`; all properties are optional.",
        "additionalProperties": true,
        "properties": {
          "page": {
            "type": "integer",
            "description": "0-based page number."
          },
          "limit": {
            "type": "integer",
            "description": "Page size."
          },
          "total_count": {
            "type": "integer",
            "description": "Total calls (first shape)."
          },
          "total": {
            "type": "integer",
            "description": "Total calls (second shape)."
          },
          "total_pages": {
            "type": "integer",
            "description": "Number of pages."
          },
          "has_next_page": {
            "type": "boolean",
            "description": "Whether a next page exists."
          },
          "has_previous_page": {
            "type": "boolean",
            "description": "Whether a previous page exists."
          }
        }
      },
      "ListCallsData": {
        "type": "object",
        "description": "`data` of the list response.",
        "additionalProperties": true,
        "properties": {
          "organization_id": {
            "type": "string",
            "description": "Organization id."
          },
          "calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Call"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          },
          "returned_count": {
            "type": "integer",
            "description": "Calls in this page."
          },
          "sort_order": {
            "type": "string",
            "description": "Sort direction applied."
          },
          "sort_by": {
            "type": "string",
            "description": "Sort field applied."
          },
          "applied_filters": {
            "type": "object",
            "description": "Filters applied (echo of the request).",
            "additionalProperties": true
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "Zudu's envelope around a page of calls.",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Human-readable outcome."
          },
          "status": {
            "type": "string",
            "enum": [
              "success",
              "error"
            ],
            "description": "`success` or `error`."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Error text; null on success."
          },
          "data": {
            "$ref": "#/components/schemas/ListCallsData"
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Zudu's envelope with `status: error` (providers.md), used for 401, 404 and 500 alike.",
        "additionalProperties": true,
        "required": [
          "status"
        ],
        "properties": {
          "message": {
            "type": "string",
            "description": "Short message."
          },
          "status": {
            "type": "string",
            "enum": [
              "error"
            ],
            "description": "Always `error`."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Details."
          },
          "data": {
            "description": "Absent or null on errors."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid request body.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "message": "Invalid request",
                  "status": "error",
                  "error": "limit must be a positive integer"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key/secret.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "message": "Unauthorized",
                  "status": "error",
                  "error": "Invalid API key or secret"
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key may not access this call.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "forbidden": {
                "value": {
                  "message": "Forbidden",
                  "status": "error",
                  "error": "Access to this call is not allowed"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No call with this id (example from providers.md).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "notFound": {
                "value": {
                  "message": "Call not found",
                  "status": "error",
                  "error": "Call with ID 'call_abc123' does not exist"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. Zudu documents no rate limits; modelled with its envelope.",
        "headers": {
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
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "tooManyRequests": {
                "value": {
                  "message": "Too many requests",
                  "status": "error",
                  "error": "Rate limit exceeded"
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
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "internalError": {
                "value": {
                  "message": "Internal server error",
                  "status": "error",
                  "error": "Unexpected error"
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
