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
    "description": "Hand-written description of the Zudu AI call endpoints, from the Zudu reference page \"Get call by ID\"\n(`GET /api/calls/{callId}`, https://docs.zudu.ai/api-reference/calls/get-calls-call-id), the \"Get Call\" page\n(https://docs.zudu.ai/api-reference/calls/get: auth, the envelope, enums, the 404 body) and \"List Calls\"\n(`POST /api/calls`, https://docs.zudu.ai/api-reference/calls/list).\n\nEvery response is wrapped in Zudu's envelope `{message, status: \"success\" | \"error\", error, data}`, errors\nincluded. Units: timestamps (`start_timestamp`, `end_timestamp`, `events[].timestamp`,\n`transcript_object[].timestamp`, word `start`/`end`) are Unix epoch **milliseconds**; `call_duration` is\n**milliseconds** (the list filter on it is `duration_ms`); latencies are **milliseconds**; `call_cost`\nnames no currency, its values are dollar-sized (read as USD). Enums are documented in upper case but one\npage shows lower case: every enum here accepts both cases. The field set mirrors Retell AI's call object of\n2025 (https://docs.retellai.com/api-references/get-call), so `call_analysis` carries Retell's names.\n\nNot documented by Zudu: rate limits (429 is modelled with the envelope), a 403 body, webhooks, the item\nshape of `transcript_with_tool_calls`, the unit of `events[].session_time`, the allowed `sort_by` values\nand the maximum `limit`. The page's curl shows `http://localhost:8080`; the production host is\n`https://api.zudu.ai` (the curl examples of https://docs.zudu.ai/api-reference/calls/list).\n",
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
      "description": "Production (the reference page's curl shows http://localhost:8080)."
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
        "description": "Retrieve one call, wrapped in Zudu's envelope (`data` is the call). `status: \"error\"` in the envelope\nis an error even when the HTTP status is 200. Both `X-API-KEY` and `X-API-SECRET` are required.\nSource: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Get call by ID).\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "callId",
            "in": "path",
            "required": true,
            "description": "Unique identifier of the call (the record's `call_id`, e.g. `call-456`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Call retrieved successfully. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCallResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get call by ID example of the Zudu reference (https://docs.zudu.ai/api-reference/calls/get-calls-call-id), verbatim (served by default).",
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
                  },
                  "ended": {
                    "summary": "The seed call after it ended, analysed and billed (built from https://docs.zudu.ai/api-reference/calls/get-calls-call-id; Prefer example=ended).",
                    "value": {
                      "message": "Call retrieved successfully",
                      "status": "success",
                      "error": null,
                      "data": {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "agent_id": "agent-123",
                        "call_id": "call-456",
                        "organization_id": "org-789",
                        "call_status": "ENDED",
                        "call_type": "PHONE_CALL",
                        "direction": "INBOUND",
                        "from_number": "+1234567890",
                        "to_number": "+0987654321",
                        "start_timestamp": 1703097600000,
                        "end_timestamp": 1703097900000,
                        "call_duration": 300000,
                        "disconnection_reason": "USER_HANGUP",
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
                        "transcript": "Agent: Hello, thank you for calling. How can I help you today?\nUser: I'd like to check the status of my order.",
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
                          },
                          {
                            "role": "user",
                            "content": "I'd like to check the status of my order.",
                            "timestamp": 1703097641000,
                            "words": [
                              {
                                "word": "I'd",
                                "start": 1703097641000,
                                "end": 1703097641200
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
                          "call_summary": "The caller asked about the status of an order; the agent gave the delivery date.",
                          "call_successful": true,
                          "user_sentiment": "Positive",
                          "in_voicemail": false,
                          "custom_analysis_data": {
                            "order_found": true
                          }
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
        "description": "List calls with a JSON body: 0-based `page`, `limit`, `sort_by`, `sort_order` and `filter_criteria`\n(status, type, agent, duration range in ms, transcript search). The response is Zudu's envelope around\n`{organization_id, calls, pagination, returned_count, sort_order, sort_by, applied_filters}`; its\n`pagination` comes in one of two documented shapes (see `Pagination`). Source: https://docs.zudu.ai/api-reference/calls/list (Zudu).\n",
        "tags": [
          "calls"
        ],
        "requestBody": {
          "required": true,
          "description": "List options; every property is optional (`{}` lists the first page). Source: https://docs.zudu.ai/api-reference/calls/list.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListCallsRequest"
              },
              "examples": {
                "endedPhoneCalls": {
                  "summary": "Ended phone calls of one agent longer than 1 s, newest first.",
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
                      ],
                      "agent_id": "agent-123",
                      "duration_ms": {
                        "lower_threshold": 1000,
                        "upper_threshold": 3600000
                      },
                      "transcript_search": "order"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Calls retrieved successfully. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls built from the documented example call: an ended variant (call-457) and the seed call itself (call-456), with the first pagination shape (served by default).",
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
                              },
                              {
                                "timestamp": 1703101201000,
                                "event": "Call started - OUTBOUND",
                                "session_time": 0,
                                "data": {
                                  "direction": "OUTBOUND",
                                  "from": "+0987654321",
                                  "to": "+1234567890"
                                }
                              }
                            ],
                            "transcript": "Agent: Hello, this is Zudu calling about your delivery. Could we reschedule it?\nUser: Sure, Friday works.",
                            "transcript_object": [
                              {
                                "role": "assistant",
                                "content": "Hello, this is Zudu calling about your delivery. Could we reschedule it?",
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
                              "call_summary": "The agent asked to reschedule a delivery; the customer agreed to Friday.",
                              "call_successful": true,
                              "user_sentiment": "Positive",
                              "in_voicemail": false,
                              "custom_analysis_data": {}
                            },
                            "call_cost": {
                              "combined_cost": 0.15,
                              "product_costs": [
                                {
                                  "product": "outbound_call",
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
                  },
                  "otherPaginationShape": {
                    "summary": "The second documented pagination shape {page, limit, total, total_pages}, with the lower-case enums one page shows (Prefer example=otherPaginationShape).",
                    "value": {
                      "message": "Calls retrieved successfully",
                      "status": "success",
                      "error": null,
                      "data": {
                        "organization_id": "org-789",
                        "calls": [
                          {
                            "id": "9b2f4c1e-3d5a-4e6f-8a7b-1c2d3e4f5a6b",
                            "agent_id": "agent-123",
                            "call_id": "call-458",
                            "organization_id": "org-789",
                            "call_status": "ended",
                            "call_type": "web_call",
                            "direction": "inbound",
                            "from_number": null,
                            "to_number": null,
                            "start_timestamp": 1703104800000,
                            "end_timestamp": 1703104860000,
                            "call_duration": 60000,
                            "disconnection_reason": "USER_HANGUP",
                            "recording_url": null,
                            "public_log_url": "https://api.example.com/logs/call-458",
                            "opt_out_sensitive_data_storage": true,
                            "metadata": {},
                            "events": [],
                            "transcript": null,
                            "transcript_object": [],
                            "transcript_with_tool_calls": [],
                            "call_analysis": null
                          }
                        ],
                        "pagination": {
                          "page": 1,
                          "limit": 1,
                          "total": 3,
                          "total_pages": 3
                        },
                        "returned_count": 1,
                        "sort_order": "ascending",
                        "sort_by": "start_timestamp",
                        "applied_filters": {
                          "call_type": [
                            "WEB_CALL"
                          ]
                        }
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
        "description": "API key (`sk_…`); required on every request together with `X-API-SECRET`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Authorizations), https://docs.zudu.ai/api-reference/calls/get."
      },
      "ApiSecret": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-SECRET",
        "description": "API secret (`s3cr3t_…`); required on every request together with `X-API-KEY`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Authorizations), https://docs.zudu.ai/api-reference/calls/get."
      }
    },
    "schemas": {
      "CallStatus": {
        "type": "string",
        "description": "Call status: `REGISTERED`, `ONGOING`, `ENDED`, `ERROR`, `SCHEDULED`. Documented in upper case; one Zudu\npage shows lower case, so both spellings are accepted (compare case-insensitively). Source: https://docs.zudu.ai/api-reference/calls/list;\nhttps://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `ONGOING`.\n",
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
        "description": "Call type: `PHONE_CALL` or `WEB_CALL`. Documented in upper case; one page shows lower case, so both\nspellings are accepted. Source: https://docs.zudu.ai/api-reference/calls/list; https://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `PHONE_CALL`.\n",
        "enum": [
          "PHONE_CALL",
          "WEB_CALL",
          "phone_call",
          "web_call"
        ]
      },
      "Direction": {
        "type": "string",
        "description": "Call direction: `INBOUND` or `OUTBOUND`. Documented in upper case; one page shows lower case, so both\nspellings are accepted. Source: https://docs.zudu.ai/api-reference/calls/list; https://docs.zudu.ai/api-reference/calls/get-calls-call-id shows `INBOUND`.\n",
        "enum": [
          "INBOUND",
          "OUTBOUND",
          "inbound",
          "outbound"
        ]
      },
      "SortOrder": {
        "type": "string",
        "description": "Sort direction of the list: `ascending` or `descending`. Source: https://docs.zudu.ai/api-reference/calls/list.",
        "enum": [
          "ascending",
          "descending"
        ]
      },
      "Word": {
        "type": "object",
        "description": "One word of a transcript turn with its timing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`transcript_object[].words`).",
        "additionalProperties": true,
        "properties": {
          "word": {
            "type": "string",
            "description": "The word as recognised or spoken. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "start": {
            "type": "number",
            "description": "When the word starts, Unix epoch milliseconds (e.g. 1703097635000). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "end": {
            "type": "number",
            "description": "When the word ends, Unix epoch milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "TranscriptTurn": {
        "type": "object",
        "description": "One turn of `transcript_object`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
        "additionalProperties": true,
        "properties": {
          "role": {
            "type": "string",
            "description": "Who spoke: `assistant` (the agent) or `user`; open string (Retell also uses `agent`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "content": {
            "type": "string",
            "description": "What was said (text). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "timestamp": {
            "type": "number",
            "description": "When the turn starts, Unix epoch milliseconds (not an offset from the call start). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "words": {
            "type": "array",
            "description": "Word-level timings of the turn. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/Word"
            }
          }
        }
      },
      "TranscriptWithToolCallsEntry": {
        "type": "object",
        "description": "One entry of `transcript_with_tool_calls`. Zudu documents no item shape (the seed shows `[]`); in Retell's\nobject, which Zudu mirrors, entries are utterances (`role`, `content`, `words`) or tool calls (`role`\n`tool_call_invocation`/`tool_call_result`, `tool_call_id`, `name`, `arguments`, `content`). Modelled\nleniently. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.\n",
        "additionalProperties": true,
        "properties": {
          "role": {
            "type": "string",
            "description": "`assistant`, `user`, or a tool-call role (Retell's names; not documented by Zudu). Source: https://docs.retellai.com/api-references/get-call."
          },
          "content": {
            "type": "string",
            "description": "Text of the utterance or tool result. Source: https://docs.retellai.com/api-references/get-call (Retell's names)."
          }
        }
      },
      "Event": {
        "type": "object",
        "description": "A call lifecycle event. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`events`).",
        "additionalProperties": true,
        "properties": {
          "timestamp": {
            "type": "number",
            "description": "When it happened, Unix epoch milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "event": {
            "type": "string",
            "description": "What happened, free text (e.g. `Call created`, `Call started - INBOUND`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "session_time": {
            "type": "number",
            "description": "Time into the session; the unit is not documented (0 in both seed events). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "data": {
            "type": "object",
            "description": "Event details, free-form (e.g. `{direction, from, to}` for a call start). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "additionalProperties": true
          }
        }
      },
      "LatencyStats": {
        "type": "object",
        "description": "Distribution of one latency over the call, in **milliseconds** (e.g. p50 250.5): `num` is the number of\nsamples, `values` the samples. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id; unit from https://docs.retellai.com/api-references/get-call (Retell's latency object, ms).\n",
        "additionalProperties": true,
        "properties": {
          "max": {
            "type": "number",
            "description": "Maximum, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "min": {
            "type": "number",
            "description": "Minimum, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "num": {
            "type": "integer",
            "description": "Number of samples (a count, no unit). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "p50": {
            "type": "number",
            "description": "Median, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "p90": {
            "type": "number",
            "description": "90th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "p95": {
            "type": "number",
            "description": "95th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "p99": {
            "type": "number",
            "description": "99th percentile, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "values": {
            "type": "array",
            "description": "The samples, milliseconds (the seed lists fewer values than `num`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "type": "number"
            }
          }
        }
      },
      "Latency": {
        "type": "object",
        "description": "Latency by stage, milliseconds. The seed shows `e2e` (end to end) and `llm`; Retell's object, which Zudu\nmirrors, also has `tts`, `asr`, `llm_websocket_network_rtt`, `knowledge_base`, `s2s`, each with the same\n`LatencyStats` shape; those arrive as additional properties. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.\n",
        "additionalProperties": true,
        "properties": {
          "e2e": {
            "$ref": "#/components/schemas/LatencyStats",
            "description": "End-to-end latency (user stops speaking → agent starts), milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "llm": {
            "$ref": "#/components/schemas/LatencyStats",
            "description": "Language-model latency, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "CallAnalysis": {
        "type": [
          "object",
          "null"
        ],
        "description": "Post-call analysis, with Retell's field names (https://docs.retellai.com/api-references/get-call); `null` until the call is analysed (the seed,\nan ongoing call, has `null`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.\n",
        "additionalProperties": true,
        "properties": {
          "call_summary": {
            "type": "string",
            "description": "Summary of the call (text). Source: https://docs.retellai.com/api-references/get-call (Retell's names)."
          },
          "call_successful": {
            "type": "boolean",
            "description": "Whether the call achieved its goal. Source: https://docs.retellai.com/api-references/get-call (Retell's names)."
          },
          "user_sentiment": {
            "type": "string",
            "description": "User sentiment, open string: `Positive` in https://docs.retellai.com/api-references/get-call; Retell also uses `Negative`, `Neutral`, `Unknown`. Source: https://docs.retellai.com/api-references/get-call."
          },
          "in_voicemail": {
            "type": "boolean",
            "description": "Whether the call reached voicemail. Source: https://docs.retellai.com/api-references/get-call (Retell's names)."
          },
          "custom_analysis_data": {
            "type": "object",
            "description": "Custom post-call data extracted by the agent's analysis prompts, free-form. Source: https://docs.retellai.com/api-references/get-call (Retell's names).",
            "additionalProperties": true
          }
        }
      },
      "ProductCost": {
        "type": "object",
        "description": "Cost of one billed product. No currency is named; the values are dollar-sized (USD). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`call_cost.product_costs`).",
        "additionalProperties": true,
        "properties": {
          "product": {
            "type": "string",
            "description": "Product name, open string (e.g. `inbound_call`, `llm_usage`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "cost": {
            "type": "number",
            "description": "Cost of this product for the call, dollar-sized (USD; no currency named). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "unit_price": {
            "type": "number",
            "description": "Price per unit, dollar-sized (USD). The unit is not documented; the seed is consistent with a per-minute\nprice (`inbound_call`: 0.1 = 0.02 × 5 min of the 300 s). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.\n"
          }
        }
      },
      "CallCost": {
        "type": [
          "object",
          "null"
        ],
        "description": "Cost of the call. Zudu names no currency; the values are dollar-sized (0.15 for 5 minutes), read as USD.\n(Retell's `combined_cost` is in cents; Zudu's example is not.) Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call.\n",
        "additionalProperties": true,
        "properties": {
          "combined_cost": {
            "type": "number",
            "description": "Total cost of the call, dollar-sized (USD; the sum of `product_costs[].cost` in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "product_costs": {
            "type": "array",
            "description": "Cost per billed product. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/ProductCost"
            }
          },
          "total_duration_seconds": {
            "type": "number",
            "description": "Billed duration, seconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "total_duration_unit_price": {
            "type": "number",
            "description": "Duration price per unit, dollar-sized (USD; per minute, judging by the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "total_one_time_price": {
            "type": "number",
            "description": "One-time (non-duration) charges, dollar-sized (USD). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "TelephonyIdentifier": {
        "type": [
          "object",
          "null"
        ],
        "description": "Telephony carrier identifiers, e.g. Twilio's `call_sid` (`CA…`) and `conference_sid` (`CF…`); other keys are accepted. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
        "additionalProperties": true,
        "properties": {
          "call_sid": {
            "type": "string",
            "description": "Carrier call SID (Twilio `CA…`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "conference_sid": {
            "type": "string",
            "description": "Carrier conference SID (Twilio `CF…`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A Zudu call record: the `data` of Get call by ID, and each item of the list's `data.calls`. The page\nmarks no field required; `call_id` (the call's identity, used in the path) and `agent_id` appear in\nevery example and are required here. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Get call by ID), https://docs.zudu.ai/api-reference/calls/list.\n",
        "additionalProperties": true,
        "required": [
          "call_id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Record id (a UUID in the documented example); distinct from `call_id`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "agent_id": {
            "type": "string",
            "description": "Agent that handled the call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "call_id": {
            "type": "string",
            "description": "Call identifier; the `callId` of `GET /api/calls/{callId}`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "organization_id": {
            "type": "string",
            "description": "Organization that owns the call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "call_status": {
            "$ref": "#/components/schemas/CallStatus",
            "description": "Status of the call, either case (REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/get."
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType",
            "description": "Phone or web call, either case (PHONE_CALL, WEB_CALL). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "direction": {
            "$ref": "#/components/schemas/Direction",
            "description": "INBOUND or OUTBOUND, either case. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "from_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Calling number, E.164 (e.g. `+1234567890`); null where there is none (web calls). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "to_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Called number, E.164; null where there is none (web calls). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "start_timestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Start of the call, Unix epoch milliseconds; null before it starts. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "end_timestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "End of the call, Unix epoch milliseconds; null while ongoing (as in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "call_duration": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Call duration, milliseconds (Zudu uses ms throughout; the list filter is `duration_ms`); null while ongoing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/list."
          },
          "disconnection_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the call ended, open string in upper case (e.g. `USER_HANGUP`); null while ongoing. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the call recording (an HTTPS `.mp4` in the documented example); null without a recording. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "public_log_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the call's public log. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "opt_out_sensitive_data_storage": {
            "type": "boolean",
            "description": "Whether storage of sensitive data (transcript, recording) was opted out of for this call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "description": "Free-form metadata attached to the call by the caller of the API (e.g. `customer_id`, `campaign`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "additionalProperties": true
          },
          "events": {
            "type": "array",
            "description": "Lifecycle events of the call, in order. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/Event"
            }
          },
          "transcript": {
            "type": [
              "string",
              "null"
            ],
            "description": "Plain-text transcript. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "transcript_object": {
            "type": "array",
            "description": "Transcript turns with epoch-ms timestamps and word timings. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/TranscriptTurn"
            }
          },
          "transcript_with_tool_calls": {
            "type": "array",
            "description": "Transcript including tool calls; item shape not documented (`[]` in the documented example). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/TranscriptWithToolCallsEntry"
            }
          },
          "latency": {
            "$ref": "#/components/schemas/Latency",
            "description": "Latency distributions by stage, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "call_analysis": {
            "$ref": "#/components/schemas/CallAnalysis",
            "description": "Post-call analysis (Retell's names); null until analysed. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.retellai.com/api-references/get-call."
          },
          "call_cost": {
            "$ref": "#/components/schemas/CallCost",
            "description": "Cost of the call, dollar-sized (USD; no currency named). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "telephony_identifier": {
            "$ref": "#/components/schemas/TelephonyIdentifier",
            "description": "Carrier identifiers (Twilio call/conference SIDs). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "GetCallResponse": {
        "type": "object",
        "description": "Zudu's envelope around one call: `{message, status, error, data}`. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (Response).",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Human-readable outcome (e.g. `Call retrieved successfully`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "status": {
            "type": "string",
            "description": "`success` or `error`; `error` means failure even on HTTP 200. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id, https://docs.zudu.ai/api-reference/calls/get.",
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
            "description": "Error text; null on success. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "data": {
            "$ref": "#/components/schemas/Call",
            "description": "The call. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "DurationRange": {
        "type": "object",
        "description": "Call-duration filter, milliseconds (both bounds optional). Source: https://docs.zudu.ai/api-reference/calls/list (`filter_criteria.duration_ms`).",
        "additionalProperties": false,
        "properties": {
          "lower_threshold": {
            "type": "integer",
            "minimum": 0,
            "description": "Minimum call duration, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "upper_threshold": {
            "type": "integer",
            "minimum": 0,
            "description": "Maximum call duration, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "FilterCriteria": {
        "type": "object",
        "description": "Filters of the list request; every filter is optional. Source: https://docs.zudu.ai/api-reference/calls/list.",
        "additionalProperties": false,
        "properties": {
          "call_status": {
            "type": "array",
            "description": "Only calls in one of these statuses (either case). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/CallStatus"
            }
          },
          "call_type": {
            "type": "array",
            "description": "Only calls of one of these types (either case). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id.",
            "items": {
              "$ref": "#/components/schemas/CallType"
            }
          },
          "agent_id": {
            "type": "string",
            "description": "Only calls of this agent. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "duration_ms": {
            "$ref": "#/components/schemas/DurationRange",
            "description": "Only calls whose duration is within this range, milliseconds. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "transcript_search": {
            "type": "string",
            "description": "Only calls whose transcript contains this text (matching rules not documented). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          }
        }
      },
      "ListCallsRequest": {
        "type": "object",
        "description": "JSON body of `POST /api/calls`; every property is optional. Source: https://docs.zudu.ai/api-reference/calls/list.",
        "additionalProperties": false,
        "properties": {
          "page": {
            "type": "integer",
            "minimum": 0,
            "description": "Page number, **0-based** (the first page is 0; the default when omitted is not documented, 0 in practice). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "Calls per page (a count; the maximum and default are not documented). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "sort_by": {
            "type": "string",
            "description": "Call field to sort by, e.g. `start_timestamp` (the allowed values are not documented). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "sort_order": {
            "$ref": "#/components/schemas/SortOrder",
            "description": "`ascending` or `descending`. Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "filter_criteria": {
            "$ref": "#/components/schemas/FilterCriteria",
            "description": "Filters. Source: https://docs.zudu.ai/api-reference/calls/list."
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Page-number pagination state. Two shapes are documented on different pages (https://docs.zudu.ai/api-reference/calls/list):\n`{page, limit, total_count, total_pages, has_next_page, has_previous_page}` and\n`{page, limit, total, total_pages}`. Both are accepted: every property is optional. A next page exists\nwhen `has_next_page` is true, else when `page + 1 < total_pages`. Source: https://docs.zudu.ai/api-reference/calls/list.\n",
        "additionalProperties": true,
        "properties": {
          "page": {
            "type": "integer",
            "description": "This page's number, 0-based. Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "limit": {
            "type": "integer",
            "description": "Page size (calls per page). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "total_count": {
            "type": "integer",
            "description": "Total number of calls matching the filters (first shape). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "total": {
            "type": "integer",
            "description": "Total number of calls matching the filters (second shape). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "total_pages": {
            "type": "integer",
            "description": "Number of pages (both shapes). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "has_next_page": {
            "type": "boolean",
            "description": "Whether a next page exists (first shape). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "has_previous_page": {
            "type": "boolean",
            "description": "Whether a previous page exists (first shape). Source: https://docs.zudu.ai/api-reference/calls/list."
          }
        }
      },
      "ListCallsData": {
        "type": "object",
        "description": "`data` of the list envelope. Source: https://docs.zudu.ai/api-reference/calls/list.",
        "additionalProperties": true,
        "properties": {
          "organization_id": {
            "type": "string",
            "description": "Organization the calls belong to. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "calls": {
            "type": "array",
            "description": "This page's calls, full call records. Source: https://docs.zudu.ai/api-reference/calls/list.",
            "items": {
              "$ref": "#/components/schemas/Call"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination",
            "description": "Pagination state, in either documented shape. Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "returned_count": {
            "type": "integer",
            "description": "Number of calls in this page (a count). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "sort_order": {
            "type": "string",
            "description": "Sort direction applied (`ascending` or `descending`; echoed, so not enforced here). Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "sort_by": {
            "type": "string",
            "description": "Sort field applied. Source: https://docs.zudu.ai/api-reference/calls/list."
          },
          "applied_filters": {
            "type": "object",
            "description": "Filters applied, an echo of `filter_criteria` (free-form). Source: https://docs.zudu.ai/api-reference/calls/list.",
            "additionalProperties": true
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "Zudu's envelope around a page of calls: `{message, status, error, data}`. Source: https://docs.zudu.ai/api-reference/calls/list.",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Human-readable outcome. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "status": {
            "type": "string",
            "enum": [
              "success",
              "error"
            ],
            "description": "`success` or `error`; `error` means failure even on HTTP 200. Source: https://docs.zudu.ai/api-reference/calls/get."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Error text; null on success. Source: https://docs.zudu.ai/api-reference/calls/get."
          },
          "data": {
            "$ref": "#/components/schemas/ListCallsData",
            "description": "The page. Source: https://docs.zudu.ai/api-reference/calls/list."
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Zudu's envelope with `status: \"error\"`, used for every error status (https://docs.zudu.ai/api-reference/calls/get: 401, 404 and 500 use\nthe same envelope; 400, 403 and 429 bodies are not documented and are assumed to match).\nSource: https://docs.zudu.ai/api-reference/calls/get.\n",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Short message (e.g. `Call not found`). Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id."
          },
          "status": {
            "type": "string",
            "enum": [
              "error"
            ],
            "description": "Always `error`. Source: https://docs.zudu.ai/api-reference/calls/get."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Details (e.g. `Call with ID 'call_abc123' does not exist`). Source: https://docs.zudu.ai/api-reference/calls/get."
          },
          "data": {
            "description": "Absent or null on errors (any value accepted). Source: https://docs.zudu.ai/api-reference/calls/get."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid request body (e.g. a negative `page`). Not documented by Zudu; modelled with its error envelope.",
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
                  "error": "page must be a non-negative integer"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid `X-API-KEY` / `X-API-SECRET` (both are required). Envelope per https://docs.zudu.ai/api-reference/calls/list.",
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
        "description": "The key may not access this call or organization. Not documented by Zudu; modelled with its error envelope.",
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
        "description": "No call with this id. Example from https://docs.zudu.ai/api-reference/calls/get.",
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
        "description": "Rate limited. Zudu documents no rate limits and no 429 body; modelled with its error envelope.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent (standard HTTP; not documented by Zudu).",
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
        "description": "Server error. Envelope per https://docs.zudu.ai/api-reference/calls/get.",
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
