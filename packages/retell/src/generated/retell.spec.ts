/**
 * GENERATED from specs/retell.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/retell.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Retell AI call records API",
    "version": "1.0.0",
    "summary": "Get and list Retell AI calls, and the call webhooks.",
    "description": "Hand-written description of the Retell AI call-record endpoints, trimmed to the call record, from Retell's\nAPI reference: \"Get Call\" (`GET /v2/get-call/{call_id}`, https://docs.retellai.com/api-references/get-call),\n\"List Calls\" (`POST /v3/list-calls`, and the legacy `POST /v2/list-calls`,\nhttps://docs.retellai.com/api-references/list-calls), the webhook pages\n(https://docs.retellai.com/features/webhook-overview, https://docs.retellai.com/features/webhook), and the\ncall types of Retell's official TypeScript SDK (https://github.com/RetellAI/retell-typescript-sdk,\n`src/resources/call.ts`, retell-sdk 5.66.1, the version `pnpm check:fidelity` compares against).\n\nUnits: `start_timestamp`, `end_timestamp`, `transfer_end_timestamp` are Unix epoch **milliseconds**;\n`duration_ms` is milliseconds; transcript word `start`/`end` are **seconds relative to the call audio**\n(not wall time); every latency is **milliseconds**; every cost (`combined_cost`, `product_costs[].cost`)\nis in **cents** and unit prices in **cents per second**. Retell names no currency (USD is implied by\nthe cent amounts; UNCONFIRMED).\n\nA call is a web call or a phone call, told apart by `call_type` (`web_call` | `phone_call`). This\ndocument models the two variants with `oneOf` on a shared `Call` and no `discriminator` keyword, so\nthat mock servers without discriminator support serve and validate them.\n\nNot documented by Retell, modelled leniently: numeric rate limits (429 exists; limits are\nconcurrency-based and not published), a `Retry-After` header, a 404 on `get-call` (the reference\ndocuments 422 \"Cannot find requested asset under given api key.\"), and the bounds of the v3 `limit`. The\nv3 `filter_criteria` grammar is typed as Retell's official SDK types it (`FilterCriteria`).\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "Retell AI API reference",
    "url": "https://docs.retellai.com/api-references/get-call"
  },
  "servers": [
    {
      "url": "https://api.retellai.com",
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
      "description": "Call records."
    }
  ],
  "paths": {
    "/v2/get-call/{call_id}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get Call",
        "description": "Retrieve one call (web or phone) by its id, with transcript, latency, cost and post-call analysis.\nSource: https://docs.retellai.com/api-references/get-call.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_id",
            "in": "path",
            "required": true,
            "description": "The call id to retrieve call history for.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Successfully retrieved a call.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCallResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get Call example of Retell's reference (a web call), as the page renders it.",
                    "description": "The example of https://docs.retellai.com/api-references/get-call. Its fields up to\n`latency.llm` are as the page shows them (the older `version` and\n`opt_out_sensitive_data_storage` included); the remaining latency stages,\n`disconnection_reason`, `call_analysis` and `call_cost` are the field examples of\nRetell's reference, from which the page renders its example.\n",
                    "value": {
                      "call_type": "web_call",
                      "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJ2aWRlbyI6eyJyb29tSm9p",
                      "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                      "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                      "version": 1,
                      "call_status": "registered",
                      "metadata": {},
                      "retell_llm_dynamic_variables": {
                        "customer_name": "John Doe"
                      },
                      "opt_out_sensitive_data_storage": true,
                      "opt_in_signed_url": true,
                      "start_timestamp": 1703302407333,
                      "end_timestamp": 1703302428855,
                      "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\nAgent: That's great to hear! I'm doing well too, thanks! What's up?\nUser: I don't have anything in particular.\nAgent: Got it, just checking in!\nUser: Alright. See you.\nAgent: have a nice day\n ",
                      "transcript_object": [
                        {
                          "role": "agent",
                          "content": "hi how are you doing?",
                          "words": [
                            {
                              "word": "hi",
                              "start": 0.7,
                              "end": 1.3
                            }
                          ]
                        }
                      ],
                      "transcript_with_tool_calls": [
                        {
                          "role": "agent",
                          "content": "hi how are you doing?",
                          "words": [
                            {
                              "word": "hi",
                              "start": 0.7,
                              "end": 1.3
                            }
                          ]
                        }
                      ],
                      "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                      "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                      "latency": {
                        "e2e": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "llm": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "llm_websocket_network_rtt": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "tts": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "knowledge_base": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "s2s": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        }
                      },
                      "disconnection_reason": "agent_hangup",
                      "call_analysis": {
                        "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                        "in_voicemail": false,
                        "user_sentiment": "Positive",
                        "call_successful": true,
                        "custom_analysis_data": {}
                      },
                      "call_cost": {
                        "product_costs": [
                          {
                            "product": "elevenlabs_tts",
                            "unit_price": 1,
                            "cost": 60
                          }
                        ],
                        "total_duration_seconds": 60,
                        "total_duration_unit_price": 1,
                        "combined_cost": 70
                      }
                    }
                  },
                  "phoneCall": {
                    "summary": "A phone call built from the reference's phone-call field examples.",
                    "value": {
                      "call_type": "phone_call",
                      "from_number": "+12137771234",
                      "to_number": "+12137771235",
                      "direction": "inbound",
                      "telephony_identifier": {
                        "twilio_call_sid": "CA5d0d0d8047bf685c3f0ff980fe62c123"
                      },
                      "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                      "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                      "agent_name": "My Agent",
                      "agent_version": 1,
                      "call_status": "ended",
                      "metadata": {},
                      "retell_llm_dynamic_variables": {
                        "customer_name": "John Doe"
                      },
                      "collected_dynamic_variables": {
                        "last_node_name": "Test node"
                      },
                      "data_storage_setting": "everything",
                      "opt_in_signed_url": true,
                      "start_timestamp": 1703302407333,
                      "end_timestamp": 1703302428855,
                      "duration_ms": 21522,
                      "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                      "transcript_object": [
                        {
                          "role": "agent",
                          "content": "hi how are you doing?",
                          "words": [
                            {
                              "word": "hi",
                              "start": 0.7,
                              "end": 1.3
                            },
                            {
                              "word": "how",
                              "start": 1.3,
                              "end": 1.5
                            },
                            {
                              "word": "are",
                              "start": 1.5,
                              "end": 1.6
                            },
                            {
                              "word": "you",
                              "start": 1.6,
                              "end": 1.8
                            },
                            {
                              "word": "doing?",
                              "start": 1.8,
                              "end": 2.2
                            }
                          ]
                        },
                        {
                          "role": "user",
                          "content": "Doing pretty well. How are you?",
                          "words": [
                            {
                              "word": "Doing",
                              "start": 3.1,
                              "end": 3.4
                            },
                            {
                              "word": "pretty",
                              "start": 3.4,
                              "end": 3.7
                            },
                            {
                              "word": "well.",
                              "start": 3.7,
                              "end": 4
                            },
                            {
                              "word": "How",
                              "start": 4.2,
                              "end": 4.4
                            },
                            {
                              "word": "are",
                              "start": 4.4,
                              "end": 4.5
                            },
                            {
                              "word": "you?",
                              "start": 4.5,
                              "end": 4.9
                            }
                          ]
                        }
                      ],
                      "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                      "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                      "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                      "latency": {
                        "e2e": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "llm": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "tts": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        }
                      },
                      "disconnection_reason": "agent_hangup",
                      "call_analysis": {
                        "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                        "in_voicemail": false,
                        "user_sentiment": "Positive",
                        "call_successful": true,
                        "custom_analysis_data": {}
                      },
                      "call_cost": {
                        "product_costs": [
                          {
                            "product": "elevenlabs_tts",
                            "unit_price": 1,
                            "cost": 60
                          }
                        ],
                        "total_duration_seconds": 60,
                        "total_duration_unit_price": 1,
                        "combined_cost": 70
                      },
                      "llm_token_usage": {
                        "values": [
                          123
                        ],
                        "average": 123,
                        "num_requests": 1
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
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
    "/v3/list-calls": {
      "post": {
        "operationId": "listCalls",
        "summary": "List Calls",
        "description": "List calls with cursor pagination: send the response's `pagination_key` back (opaque) to get the\nnext page while `has_more` is true. Sorted by `start_timestamp`, newest first by default. Source:\nhttps://docs.retellai.com/api-references/list-calls and the SDK's `call.list()` (`POST /v3/list-calls`).\n",
        "tags": [
          "calls"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListCallsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successfully retrieved calls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "The last page, two calls built from the Get Call examples (served by default).",
                    "value": {
                      "items": [
                        {
                          "call_type": "phone_call",
                          "from_number": "+12137771234",
                          "to_number": "+12137771235",
                          "direction": "inbound",
                          "telephony_identifier": {
                            "twilio_call_sid": "CA5d0d0d8047bf685c3f0ff980fe62c123"
                          },
                          "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                          "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                          "agent_name": "My Agent",
                          "agent_version": 1,
                          "call_status": "ended",
                          "metadata": {},
                          "retell_llm_dynamic_variables": {
                            "customer_name": "John Doe"
                          },
                          "collected_dynamic_variables": {
                            "last_node_name": "Test node"
                          },
                          "data_storage_setting": "everything",
                          "opt_in_signed_url": true,
                          "start_timestamp": 1703302407333,
                          "end_timestamp": 1703302428855,
                          "duration_ms": 21522,
                          "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                          "transcript_object": [
                            {
                              "role": "agent",
                              "content": "hi how are you doing?",
                              "words": [
                                {
                                  "word": "hi",
                                  "start": 0.7,
                                  "end": 1.3
                                },
                                {
                                  "word": "how",
                                  "start": 1.3,
                                  "end": 1.5
                                },
                                {
                                  "word": "are",
                                  "start": 1.5,
                                  "end": 1.6
                                },
                                {
                                  "word": "you",
                                  "start": 1.6,
                                  "end": 1.8
                                },
                                {
                                  "word": "doing?",
                                  "start": 1.8,
                                  "end": 2.2
                                }
                              ]
                            },
                            {
                              "role": "user",
                              "content": "Doing pretty well. How are you?",
                              "words": [
                                {
                                  "word": "Doing",
                                  "start": 3.1,
                                  "end": 3.4
                                },
                                {
                                  "word": "pretty",
                                  "start": 3.4,
                                  "end": 3.7
                                },
                                {
                                  "word": "well.",
                                  "start": 3.7,
                                  "end": 4
                                },
                                {
                                  "word": "How",
                                  "start": 4.2,
                                  "end": 4.4
                                },
                                {
                                  "word": "are",
                                  "start": 4.4,
                                  "end": 4.5
                                },
                                {
                                  "word": "you?",
                                  "start": 4.5,
                                  "end": 4.9
                                }
                              ]
                            }
                          ],
                          "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                          "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                          "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                          "latency": {
                            "e2e": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "llm": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "tts": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            }
                          },
                          "disconnection_reason": "agent_hangup",
                          "call_analysis": {
                            "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                            "in_voicemail": false,
                            "user_sentiment": "Positive",
                            "call_successful": true,
                            "custom_analysis_data": {}
                          },
                          "call_cost": {
                            "product_costs": [
                              {
                                "product": "elevenlabs_tts",
                                "unit_price": 1,
                                "cost": 60
                              }
                            ],
                            "total_duration_seconds": 60,
                            "total_duration_unit_price": 1,
                            "combined_cost": 70
                          },
                          "llm_token_usage": {
                            "values": [
                              123
                            ],
                            "average": 123,
                            "num_requests": 1
                          }
                        },
                        {
                          "call_type": "phone_call",
                          "from_number": "+12137771235",
                          "to_number": "+12137771234",
                          "direction": "outbound",
                          "telephony_identifier": {
                            "twilio_call_sid": "CA6e1e1e9158cg796d4g1gg091gf73d234"
                          },
                          "call_id": "Kcbs0UYZZKigwm7Tzzqj99seBIZInd7r",
                          "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                          "agent_name": "My Agent",
                          "agent_version": 1,
                          "call_status": "ended",
                          "metadata": {},
                          "retell_llm_dynamic_variables": {
                            "customer_name": "John Doe"
                          },
                          "collected_dynamic_variables": {
                            "last_node_name": "Test node"
                          },
                          "data_storage_setting": "everything",
                          "opt_in_signed_url": true,
                          "start_timestamp": 1703302307333,
                          "end_timestamp": 1703302358855,
                          "duration_ms": 51522,
                          "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                          "transcript_object": [
                            {
                              "role": "agent",
                              "content": "hi how are you doing?",
                              "words": [
                                {
                                  "word": "hi",
                                  "start": 0.7,
                                  "end": 1.3
                                },
                                {
                                  "word": "how",
                                  "start": 1.3,
                                  "end": 1.5
                                },
                                {
                                  "word": "are",
                                  "start": 1.5,
                                  "end": 1.6
                                },
                                {
                                  "word": "you",
                                  "start": 1.6,
                                  "end": 1.8
                                },
                                {
                                  "word": "doing?",
                                  "start": 1.8,
                                  "end": 2.2
                                }
                              ]
                            },
                            {
                              "role": "user",
                              "content": "Doing pretty well. How are you?",
                              "words": [
                                {
                                  "word": "Doing",
                                  "start": 3.1,
                                  "end": 3.4
                                },
                                {
                                  "word": "pretty",
                                  "start": 3.4,
                                  "end": 3.7
                                },
                                {
                                  "word": "well.",
                                  "start": 3.7,
                                  "end": 4
                                },
                                {
                                  "word": "How",
                                  "start": 4.2,
                                  "end": 4.4
                                },
                                {
                                  "word": "are",
                                  "start": 4.4,
                                  "end": 4.5
                                },
                                {
                                  "word": "you?",
                                  "start": 4.5,
                                  "end": 4.9
                                }
                              ]
                            }
                          ],
                          "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                          "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                          "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                          "latency": {
                            "e2e": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "llm": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "tts": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            }
                          },
                          "disconnection_reason": "user_hangup",
                          "call_analysis": {
                            "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                            "in_voicemail": false,
                            "user_sentiment": "Positive",
                            "call_successful": true,
                            "custom_analysis_data": {}
                          },
                          "call_cost": {
                            "product_costs": [
                              {
                                "product": "elevenlabs_tts",
                                "unit_price": 1,
                                "cost": 60
                              }
                            ],
                            "total_duration_seconds": 60,
                            "total_duration_unit_price": 1,
                            "combined_cost": 70
                          },
                          "llm_token_usage": {
                            "values": [
                              123
                            ],
                            "average": 123,
                            "num_requests": 1
                          }
                        }
                      ],
                      "has_more": false
                    }
                  },
                  "more": {
                    "summary": "The same two calls on a page with more to come: `has_more` and the next cursor.",
                    "value": {
                      "items": [
                        {
                          "call_type": "phone_call",
                          "from_number": "+12137771234",
                          "to_number": "+12137771235",
                          "direction": "inbound",
                          "telephony_identifier": {
                            "twilio_call_sid": "CA5d0d0d8047bf685c3f0ff980fe62c123"
                          },
                          "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                          "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                          "agent_name": "My Agent",
                          "agent_version": 1,
                          "call_status": "ended",
                          "metadata": {},
                          "retell_llm_dynamic_variables": {
                            "customer_name": "John Doe"
                          },
                          "collected_dynamic_variables": {
                            "last_node_name": "Test node"
                          },
                          "data_storage_setting": "everything",
                          "opt_in_signed_url": true,
                          "start_timestamp": 1703302407333,
                          "end_timestamp": 1703302428855,
                          "duration_ms": 21522,
                          "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                          "transcript_object": [
                            {
                              "role": "agent",
                              "content": "hi how are you doing?",
                              "words": [
                                {
                                  "word": "hi",
                                  "start": 0.7,
                                  "end": 1.3
                                },
                                {
                                  "word": "how",
                                  "start": 1.3,
                                  "end": 1.5
                                },
                                {
                                  "word": "are",
                                  "start": 1.5,
                                  "end": 1.6
                                },
                                {
                                  "word": "you",
                                  "start": 1.6,
                                  "end": 1.8
                                },
                                {
                                  "word": "doing?",
                                  "start": 1.8,
                                  "end": 2.2
                                }
                              ]
                            },
                            {
                              "role": "user",
                              "content": "Doing pretty well. How are you?",
                              "words": [
                                {
                                  "word": "Doing",
                                  "start": 3.1,
                                  "end": 3.4
                                },
                                {
                                  "word": "pretty",
                                  "start": 3.4,
                                  "end": 3.7
                                },
                                {
                                  "word": "well.",
                                  "start": 3.7,
                                  "end": 4
                                },
                                {
                                  "word": "How",
                                  "start": 4.2,
                                  "end": 4.4
                                },
                                {
                                  "word": "are",
                                  "start": 4.4,
                                  "end": 4.5
                                },
                                {
                                  "word": "you?",
                                  "start": 4.5,
                                  "end": 4.9
                                }
                              ]
                            }
                          ],
                          "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                          "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                          "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                          "latency": {
                            "e2e": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "llm": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "tts": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            }
                          },
                          "disconnection_reason": "agent_hangup",
                          "call_analysis": {
                            "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                            "in_voicemail": false,
                            "user_sentiment": "Positive",
                            "call_successful": true,
                            "custom_analysis_data": {}
                          },
                          "call_cost": {
                            "product_costs": [
                              {
                                "product": "elevenlabs_tts",
                                "unit_price": 1,
                                "cost": 60
                              }
                            ],
                            "total_duration_seconds": 60,
                            "total_duration_unit_price": 1,
                            "combined_cost": 70
                          },
                          "llm_token_usage": {
                            "values": [
                              123
                            ],
                            "average": 123,
                            "num_requests": 1
                          }
                        },
                        {
                          "call_type": "phone_call",
                          "from_number": "+12137771235",
                          "to_number": "+12137771234",
                          "direction": "outbound",
                          "telephony_identifier": {
                            "twilio_call_sid": "CA6e1e1e9158cg796d4g1gg091gf73d234"
                          },
                          "call_id": "Kcbs0UYZZKigwm7Tzzqj99seBIZInd7r",
                          "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                          "agent_name": "My Agent",
                          "agent_version": 1,
                          "call_status": "ended",
                          "metadata": {},
                          "retell_llm_dynamic_variables": {
                            "customer_name": "John Doe"
                          },
                          "collected_dynamic_variables": {
                            "last_node_name": "Test node"
                          },
                          "data_storage_setting": "everything",
                          "opt_in_signed_url": true,
                          "start_timestamp": 1703302307333,
                          "end_timestamp": 1703302358855,
                          "duration_ms": 51522,
                          "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                          "transcript_object": [
                            {
                              "role": "agent",
                              "content": "hi how are you doing?",
                              "words": [
                                {
                                  "word": "hi",
                                  "start": 0.7,
                                  "end": 1.3
                                },
                                {
                                  "word": "how",
                                  "start": 1.3,
                                  "end": 1.5
                                },
                                {
                                  "word": "are",
                                  "start": 1.5,
                                  "end": 1.6
                                },
                                {
                                  "word": "you",
                                  "start": 1.6,
                                  "end": 1.8
                                },
                                {
                                  "word": "doing?",
                                  "start": 1.8,
                                  "end": 2.2
                                }
                              ]
                            },
                            {
                              "role": "user",
                              "content": "Doing pretty well. How are you?",
                              "words": [
                                {
                                  "word": "Doing",
                                  "start": 3.1,
                                  "end": 3.4
                                },
                                {
                                  "word": "pretty",
                                  "start": 3.4,
                                  "end": 3.7
                                },
                                {
                                  "word": "well.",
                                  "start": 3.7,
                                  "end": 4
                                },
                                {
                                  "word": "How",
                                  "start": 4.2,
                                  "end": 4.4
                                },
                                {
                                  "word": "are",
                                  "start": 4.4,
                                  "end": 4.5
                                },
                                {
                                  "word": "you?",
                                  "start": 4.5,
                                  "end": 4.9
                                }
                              ]
                            }
                          ],
                          "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                          "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                          "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                          "latency": {
                            "e2e": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "llm": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            },
                            "tts": {
                              "p50": 800,
                              "p90": 1200,
                              "p95": 1500,
                              "p99": 2500,
                              "max": 2700,
                              "min": 500,
                              "num": 10,
                              "values": [
                                123
                              ]
                            }
                          },
                          "disconnection_reason": "user_hangup",
                          "call_analysis": {
                            "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                            "in_voicemail": false,
                            "user_sentiment": "Positive",
                            "call_successful": true,
                            "custom_analysis_data": {}
                          },
                          "call_cost": {
                            "product_costs": [
                              {
                                "product": "elevenlabs_tts",
                                "unit_price": 1,
                                "cost": 60
                              }
                            ],
                            "total_duration_seconds": 60,
                            "total_duration_unit_price": 1,
                            "combined_cost": 70
                          },
                          "llm_token_usage": {
                            "values": [
                              123
                            ],
                            "average": 123,
                            "num_requests": 1
                          }
                        }
                      ],
                      "has_more": true,
                      "pagination_key": "eyJjYWxsX2lkIjoiSmFicjlUWFlZSmhmdmw2U3l5cGk4OHJkQUhZSG1jcTYifQ"
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
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
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
    "/v2/list-calls": {
      "post": {
        "operationId": "listCallsLegacy",
        "summary": "List Calls (legacy v2)",
        "description": "The legacy list: answers a bare **array** of calls. The next page is requested with\n`pagination_key` = the `call_id` of the last call received (exclusive); a page shorter than `limit`\nis the last. `limit` defaults to 50, at most 1000. Deprecated in Retell's SDKs in favour of\n`POST /v3/list-calls`. Source: https://docs.retellai.com/api-references/list-calls.\n",
        "tags": [
          "calls"
        ],
        "deprecated": true,
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListCallsLegacyRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successfully retrieved calls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsLegacyResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls built from the Get Call examples (served by default).",
                    "value": [
                      {
                        "call_type": "phone_call",
                        "from_number": "+12137771234",
                        "to_number": "+12137771235",
                        "direction": "inbound",
                        "telephony_identifier": {
                          "twilio_call_sid": "CA5d0d0d8047bf685c3f0ff980fe62c123"
                        },
                        "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                        "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                        "agent_name": "My Agent",
                        "agent_version": 1,
                        "call_status": "ended",
                        "metadata": {},
                        "retell_llm_dynamic_variables": {
                          "customer_name": "John Doe"
                        },
                        "collected_dynamic_variables": {
                          "last_node_name": "Test node"
                        },
                        "data_storage_setting": "everything",
                        "opt_in_signed_url": true,
                        "start_timestamp": 1703302407333,
                        "end_timestamp": 1703302428855,
                        "duration_ms": 21522,
                        "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                        "transcript_object": [
                          {
                            "role": "agent",
                            "content": "hi how are you doing?",
                            "words": [
                              {
                                "word": "hi",
                                "start": 0.7,
                                "end": 1.3
                              },
                              {
                                "word": "how",
                                "start": 1.3,
                                "end": 1.5
                              },
                              {
                                "word": "are",
                                "start": 1.5,
                                "end": 1.6
                              },
                              {
                                "word": "you",
                                "start": 1.6,
                                "end": 1.8
                              },
                              {
                                "word": "doing?",
                                "start": 1.8,
                                "end": 2.2
                              }
                            ]
                          },
                          {
                            "role": "user",
                            "content": "Doing pretty well. How are you?",
                            "words": [
                              {
                                "word": "Doing",
                                "start": 3.1,
                                "end": 3.4
                              },
                              {
                                "word": "pretty",
                                "start": 3.4,
                                "end": 3.7
                              },
                              {
                                "word": "well.",
                                "start": 3.7,
                                "end": 4
                              },
                              {
                                "word": "How",
                                "start": 4.2,
                                "end": 4.4
                              },
                              {
                                "word": "are",
                                "start": 4.4,
                                "end": 4.5
                              },
                              {
                                "word": "you?",
                                "start": 4.5,
                                "end": 4.9
                              }
                            ]
                          }
                        ],
                        "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                        "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                        "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                        "latency": {
                          "e2e": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          },
                          "llm": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          },
                          "tts": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          }
                        },
                        "disconnection_reason": "agent_hangup",
                        "call_analysis": {
                          "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                          "in_voicemail": false,
                          "user_sentiment": "Positive",
                          "call_successful": true,
                          "custom_analysis_data": {}
                        },
                        "call_cost": {
                          "product_costs": [
                            {
                              "product": "elevenlabs_tts",
                              "unit_price": 1,
                              "cost": 60
                            }
                          ],
                          "total_duration_seconds": 60,
                          "total_duration_unit_price": 1,
                          "combined_cost": 70
                        },
                        "llm_token_usage": {
                          "values": [
                            123
                          ],
                          "average": 123,
                          "num_requests": 1
                        }
                      },
                      {
                        "call_type": "phone_call",
                        "from_number": "+12137771235",
                        "to_number": "+12137771234",
                        "direction": "outbound",
                        "telephony_identifier": {
                          "twilio_call_sid": "CA6e1e1e9158cg796d4g1gg091gf73d234"
                        },
                        "call_id": "Kcbs0UYZZKigwm7Tzzqj99seBIZInd7r",
                        "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                        "agent_name": "My Agent",
                        "agent_version": 1,
                        "call_status": "ended",
                        "metadata": {},
                        "retell_llm_dynamic_variables": {
                          "customer_name": "John Doe"
                        },
                        "collected_dynamic_variables": {
                          "last_node_name": "Test node"
                        },
                        "data_storage_setting": "everything",
                        "opt_in_signed_url": true,
                        "start_timestamp": 1703302307333,
                        "end_timestamp": 1703302358855,
                        "duration_ms": 51522,
                        "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                        "transcript_object": [
                          {
                            "role": "agent",
                            "content": "hi how are you doing?",
                            "words": [
                              {
                                "word": "hi",
                                "start": 0.7,
                                "end": 1.3
                              },
                              {
                                "word": "how",
                                "start": 1.3,
                                "end": 1.5
                              },
                              {
                                "word": "are",
                                "start": 1.5,
                                "end": 1.6
                              },
                              {
                                "word": "you",
                                "start": 1.6,
                                "end": 1.8
                              },
                              {
                                "word": "doing?",
                                "start": 1.8,
                                "end": 2.2
                              }
                            ]
                          },
                          {
                            "role": "user",
                            "content": "Doing pretty well. How are you?",
                            "words": [
                              {
                                "word": "Doing",
                                "start": 3.1,
                                "end": 3.4
                              },
                              {
                                "word": "pretty",
                                "start": 3.4,
                                "end": 3.7
                              },
                              {
                                "word": "well.",
                                "start": 3.7,
                                "end": 4
                              },
                              {
                                "word": "How",
                                "start": 4.2,
                                "end": 4.4
                              },
                              {
                                "word": "are",
                                "start": 4.4,
                                "end": 4.5
                              },
                              {
                                "word": "you?",
                                "start": 4.5,
                                "end": 4.9
                              }
                            ]
                          }
                        ],
                        "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                        "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                        "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                        "latency": {
                          "e2e": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          },
                          "llm": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          },
                          "tts": {
                            "p50": 800,
                            "p90": 1200,
                            "p95": 1500,
                            "p99": 2500,
                            "max": 2700,
                            "min": 500,
                            "num": 10,
                            "values": [
                              123
                            ]
                          }
                        },
                        "disconnection_reason": "user_hangup",
                        "call_analysis": {
                          "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                          "in_voicemail": false,
                          "user_sentiment": "Positive",
                          "call_successful": true,
                          "custom_analysis_data": {}
                        },
                        "call_cost": {
                          "product_costs": [
                            {
                              "product": "elevenlabs_tts",
                              "unit_price": 1,
                              "cost": 60
                            }
                          ],
                          "total_duration_seconds": 60,
                          "total_duration_unit_price": 1,
                          "combined_cost": 70
                        },
                        "llm_token_usage": {
                          "values": [
                            123
                          ],
                          "average": 123,
                          "num_requests": 1
                        }
                      }
                    ]
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
  "webhooks": {
    "call_started": {
      "post": {
        "operationId": "callStartedWebhook",
        "summary": "call_started",
        "description": "Sent when a call begins, with basic call information. Not sent for calls that never connected\n(`dial_failed`, `dial_no_answer`, `dial_busy`). Delivery: POST, 10 s timeout, retried up to 3 times\nwithout a 2xx; signed in `x-retell-signature`. Source: https://docs.retellai.com/features/webhook-overview.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RetellSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookEvent"
              },
              "examples": {
                "callStarted": {
                  "summary": "Built from the overview page's example, with `event` and the call fields known at start.",
                  "value": {
                    "event": "call_started",
                    "call": {
                      "call_type": "phone_call",
                      "from_number": "+12137771234",
                      "to_number": "+12137771235",
                      "direction": "inbound",
                      "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                      "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                      "call_status": "ongoing",
                      "metadata": {},
                      "retell_llm_dynamic_variables": {
                        "customer_name": "John Doe"
                      },
                      "start_timestamp": 1714608475945,
                      "opt_out_sensitive_data_storage": false
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx acknowledges the event; no body is expected."
          },
          "400": {
            "description": "Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times."
          }
        }
      }
    },
    "call_ended": {
      "post": {
        "operationId": "callEndedWebhook",
        "summary": "call_ended",
        "description": "Sent when a call completes, transfers or errors: every field of the call object except\n`call_analysis`. Fields without a value (e.g. `metadata`, `retell_llm_dynamic_variables`) are left\nout. Source: https://docs.retellai.com/features/webhook-overview.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RetellSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookEvent"
              },
              "examples": {
                "seed": {
                  "summary": "The example payload of the webhook overview page.",
                  "description": "Copied from https://docs.retellai.com/features/webhook-overview. The page prints\n`transcript_object` and `transcript_with_tool_calls` as `[ [Object], [Object], … ]` (a\nNode.js console rendering, not JSON); they are empty arrays here. Everything else is verbatim.\n",
                  "value": {
                    "event": "call_ended",
                    "call": {
                      "call_type": "phone_call",
                      "from_number": "+12137771234",
                      "to_number": "+12137771235",
                      "direction": "inbound",
                      "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                      "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                      "call_status": "registered",
                      "metadata": {},
                      "retell_llm_dynamic_variables": {
                        "customer_name": "John Doe"
                      },
                      "start_timestamp": 1714608475945,
                      "end_timestamp": 1714608491736,
                      "disconnection_reason": "user_hangup",
                      "transcript": "...",
                      "transcript_object": [],
                      "transcript_with_tool_calls": [],
                      "opt_out_sensitive_data_storage": false
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx acknowledges the event; no body is expected."
          },
          "400": {
            "description": "Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times."
          }
        }
      }
    },
    "call_analyzed": {
      "post": {
        "operationId": "callAnalyzedWebhook",
        "summary": "call_analyzed",
        "description": "Sent when post-call analysis is complete: the full call, `call_analysis` included.\nSource: https://docs.retellai.com/features/webhook-overview.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RetellSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookEvent"
              },
              "examples": {
                "callAnalyzed": {
                  "summary": "The phone-call example wrapped as a `call_analyzed` event.",
                  "value": {
                    "event": "call_analyzed",
                    "call": {
                      "call_type": "phone_call",
                      "from_number": "+12137771234",
                      "to_number": "+12137771235",
                      "direction": "inbound",
                      "telephony_identifier": {
                        "twilio_call_sid": "CA5d0d0d8047bf685c3f0ff980fe62c123"
                      },
                      "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
                      "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
                      "agent_name": "My Agent",
                      "agent_version": 1,
                      "call_status": "ended",
                      "metadata": {},
                      "retell_llm_dynamic_variables": {
                        "customer_name": "John Doe"
                      },
                      "collected_dynamic_variables": {
                        "last_node_name": "Test node"
                      },
                      "data_storage_setting": "everything",
                      "opt_in_signed_url": true,
                      "start_timestamp": 1703302407333,
                      "end_timestamp": 1703302428855,
                      "duration_ms": 21522,
                      "transcript": "Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n",
                      "transcript_object": [
                        {
                          "role": "agent",
                          "content": "hi how are you doing?",
                          "words": [
                            {
                              "word": "hi",
                              "start": 0.7,
                              "end": 1.3
                            },
                            {
                              "word": "how",
                              "start": 1.3,
                              "end": 1.5
                            },
                            {
                              "word": "are",
                              "start": 1.5,
                              "end": 1.6
                            },
                            {
                              "word": "you",
                              "start": 1.6,
                              "end": 1.8
                            },
                            {
                              "word": "doing?",
                              "start": 1.8,
                              "end": 2.2
                            }
                          ]
                        },
                        {
                          "role": "user",
                          "content": "Doing pretty well. How are you?",
                          "words": [
                            {
                              "word": "Doing",
                              "start": 3.1,
                              "end": 3.4
                            },
                            {
                              "word": "pretty",
                              "start": 3.4,
                              "end": 3.7
                            },
                            {
                              "word": "well.",
                              "start": 3.7,
                              "end": 4
                            },
                            {
                              "word": "How",
                              "start": 4.2,
                              "end": 4.4
                            },
                            {
                              "word": "are",
                              "start": 4.4,
                              "end": 4.5
                            },
                            {
                              "word": "you?",
                              "start": 4.5,
                              "end": 4.9
                            }
                          ]
                        }
                      ],
                      "recording_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
                      "recording_multi_channel_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording_multichannel.wav",
                      "public_log_url": "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
                      "latency": {
                        "e2e": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "llm": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        },
                        "tts": {
                          "p50": 800,
                          "p90": 1200,
                          "p95": 1500,
                          "p99": 2500,
                          "max": 2700,
                          "min": 500,
                          "num": 10,
                          "values": [
                            123
                          ]
                        }
                      },
                      "disconnection_reason": "agent_hangup",
                      "call_analysis": {
                        "call_summary": "The agent called the user to ask question about his purchase inquiry. The agent asked several questions regarding his preference and asked if user would like to book an appointment. The user happily agreed and scheduled an appointment next Monday 10am.",
                        "in_voicemail": false,
                        "user_sentiment": "Positive",
                        "call_successful": true,
                        "custom_analysis_data": {}
                      },
                      "call_cost": {
                        "product_costs": [
                          {
                            "product": "elevenlabs_tts",
                            "unit_price": 1,
                            "cost": 60
                          }
                        ],
                        "total_duration_seconds": 60,
                        "total_duration_unit_price": 1,
                        "combined_cost": 70
                      },
                      "llm_token_usage": {
                        "values": [
                          123
                        ],
                        "average": 123,
                        "num_requests": 1
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx acknowledges the event; no body is expected."
          },
          "400": {
            "description": "Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times."
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
        "description": "`Authorization: Bearer <API key>`; the key is in the Retell dashboard. Source:\nhttps://docs.retellai.com/api-references/get-call (\"Authorizations\").\n"
      }
    },
    "parameters": {
      "RetellSignature": {
        "name": "x-retell-signature",
        "in": "header",
        "required": true,
        "description": "`v=<unix ms>,d=<hex HMAC-SHA256>`: the HMAC-SHA256, keyed with the Retell API key that has the\nwebhook badge, of the raw body followed by the decimal millisecond timestamp. Retell's SDK accepts\ntimestamps within ±5 minutes. Source: https://docs.retellai.com/features/webhook and the SDK's\n`src/lib/webhook_auth.ts`.\n",
        "schema": {
          "type": "string"
        }
      }
    },
    "schemas": {
      "CallType": {
        "type": "string",
        "description": "`web_call` or `phone_call`; tells the two call variants apart.",
        "enum": [
          "web_call",
          "phone_call"
        ]
      },
      "CallDirection": {
        "type": "string",
        "description": "Direction of a phone call (phone calls only).",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "CallStatus": {
        "type": "string",
        "description": "Status of the call: `registered` (call id issued, not yet started), `not_connected` (never\nconnected), `ongoing` (connected), `ended` (either side hung up, or the call was transferred),\n`error`. Source: https://docs.retellai.com/api-references/get-call.\n",
        "enum": [
          "registered",
          "not_connected",
          "ongoing",
          "ended",
          "error"
        ]
      },
      "DisconnectionReason": {
        "type": "string",
        "description": "Why the call ended. The values of Retell's SDK (`CallListParams.FilterCriteria.DisconnectionReason`;\n`no_concurrency_fallback`, `manual_stopped` and `call_take_over` are newer than the published OpenAPI\nfile), then those documented earlier and kept because older call records may still carry them\n(`machine_detected`, `error_inbound_webhook`, `error_twilio`, `error_frontend_corrupted_payload`). A value\nnot listed is drift: kept as sent (a warning under `validateResponses`). Meaning of each:\nhttps://docs.retellai.com/reliability/debug-call-disconnect.\n",
        "enum": [
          "user_hangup",
          "agent_hangup",
          "call_transfer",
          "voicemail_reached",
          "ivr_reached",
          "inactivity",
          "max_duration_reached",
          "concurrency_limit_reached",
          "no_concurrency_fallback",
          "no_valid_payment",
          "scam_detected",
          "dial_busy",
          "dial_failed",
          "dial_no_answer",
          "invalid_destination",
          "telephony_provider_permission_denied",
          "telephony_provider_unavailable",
          "sip_routing_error",
          "marked_as_spam",
          "user_declined",
          "error_llm_websocket_open",
          "error_llm_websocket_lost_connection",
          "error_llm_websocket_runtime",
          "error_llm_websocket_corrupt_payload",
          "error_no_audio_received",
          "error_asr",
          "error_retell",
          "error_unknown",
          "error_user_not_joined",
          "registered_call_timeout",
          "transfer_bridged",
          "transfer_cancelled",
          "manual_stopped",
          "call_take_over",
          "machine_detected",
          "error_inbound_webhook",
          "error_twilio",
          "error_frontend_corrupted_payload"
        ]
      },
      "Call": {
        "type": "object",
        "description": "The fields of a Retell call, web or phone (`GetCallResponse` narrows `call_type`). Source:\nhttps://docs.retellai.com/api-references/get-call. `agent_version` is marked required by the\nreference but absent from the reference's own example (which has `version`) and from the webhook\nexample, so it is optional here.\n",
        "additionalProperties": true,
        "required": [
          "call_id",
          "agent_id",
          "call_type",
          "call_status"
        ],
        "properties": {
          "call_id": {
            "type": "string",
            "description": "Unique id of the call."
          },
          "agent_id": {
            "type": "string",
            "description": "Corresponding agent id of this call."
          },
          "agent_name": {
            "type": "string",
            "description": "Name of the agent."
          },
          "agent_version": {
            "type": "integer",
            "description": "The version of the agent."
          },
          "agent_tag": {
            "type": [
              "string",
              "null"
            ],
            "description": "The agent's environment tag (e.g. `prod`, `staging`) that pointed at the agent version the call ran,\nresolved when the call started and frozen thereafter; absent when no tag pointed at that version\n(and for calls created before the field existed). Source: Retell's SDK (`CallResponse.agent_tag`).\n"
          },
          "call_type": {
            "$ref": "#/components/schemas/CallType"
          },
          "call_status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "access_token": {
            "type": "string",
            "description": "Web calls only: access token to enter the web call room. The reference marks it required for web\ncalls; webhook payloads of web calls are not documented to carry it, so it is optional here.\n"
          },
          "from_number": {
            "type": "string",
            "description": "Phone calls only. The caller number (E.164, e.g. `+12137771234`)."
          },
          "to_number": {
            "type": "string",
            "description": "Phone calls only. The callee number (E.164)."
          },
          "direction": {
            "$ref": "#/components/schemas/CallDirection"
          },
          "telephony_identifier": {
            "$ref": "#/components/schemas/TelephonyIdentifier"
          },
          "metadata": {
            "type": "object",
            "description": "An arbitrary object stored with the call (e.g. your customer id). Free-form.",
            "additionalProperties": true
          },
          "retell_llm_dynamic_variables": {
            "type": "object",
            "description": "Dynamic variables (string key → string value) injected into the Response Engine prompt.",
            "additionalProperties": true
          },
          "collected_dynamic_variables": {
            "type": "object",
            "description": "Dynamic variables collected during the call. Available after the call ends.",
            "additionalProperties": true
          },
          "custom_sip_headers": {
            "type": "object",
            "description": "Custom SIP headers added to the call (string → string).",
            "additionalProperties": true
          },
          "data_storage_setting": {
            "type": [
              "string",
              "null"
            ],
            "description": "Data storage setting of the call's agent.",
            "enum": [
              "everything",
              "everything_except_pii",
              "basic_attributes_only",
              null
            ]
          },
          "opt_in_signed_url": {
            "type": "boolean",
            "description": "Whether the log and recording URLs are signed; signed URLs expire after 24 hours."
          },
          "start_timestamp": {
            "type": "integer",
            "description": "Begin time, Unix epoch **milliseconds**. Available after the call starts."
          },
          "end_timestamp": {
            "type": "integer",
            "description": "End time, Unix epoch **milliseconds**. Available after the call ends."
          },
          "transfer_end_timestamp": {
            "type": "integer",
            "description": "End time of the transfer leg, Unix epoch **milliseconds**. Available after a transferred call ends."
          },
          "duration_ms": {
            "type": "integer",
            "description": "Duration of the call in **milliseconds**. Available after the call ends."
          },
          "transcript": {
            "type": "string",
            "description": "Transcription of the call as text, one \"Agent: …\" / \"User: …\" line per utterance."
          },
          "transcript_object": {
            "type": "array",
            "description": "The transcript as utterances with word timings. Available after the call ends.",
            "items": {
              "$ref": "#/components/schemas/Utterance"
            }
          },
          "transcript_with_tool_calls": {
            "type": "array",
            "description": "The transcript interleaved with tool calls, node transitions, DTMF, SMS and injected messages.",
            "items": {
              "$ref": "#/components/schemas/TranscriptItem"
            }
          },
          "scrubbed_transcript_with_tool_calls": {
            "type": "array",
            "description": "`transcript_with_tool_calls` without PII.",
            "items": {
              "$ref": "#/components/schemas/TranscriptItem"
            }
          },
          "recording_url": {
            "type": "string",
            "description": "Recording of the call. Available after the call ends (signed URLs expire after 24 h)."
          },
          "recording_multi_channel_url": {
            "type": "string",
            "description": "Recording with each party on its own channel."
          },
          "scrubbed_recording_url": {
            "type": "string",
            "description": "Recording without PII."
          },
          "scrubbed_recording_multi_channel_url": {
            "type": "string",
            "description": "Multi-channel recording without PII."
          },
          "public_log_url": {
            "type": "string",
            "description": "Public log of the call (LLM websocket requests/responses, per-turn latency)."
          },
          "knowledge_base_retrieved_contents_url": {
            "type": "string",
            "description": "Knowledge base contents retrieved during the call."
          },
          "latency": {
            "$ref": "#/components/schemas/CallLatency"
          },
          "disconnection_reason": {
            "$ref": "#/components/schemas/DisconnectionReason"
          },
          "transfer_destination": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where a `call_transfer` went (a phone number, or a `sip:` URI)."
          },
          "call_analysis": {
            "$ref": "#/components/schemas/CallAnalysis"
          },
          "call_cost": {
            "$ref": "#/components/schemas/CallCost"
          },
          "llm_token_usage": {
            "$ref": "#/components/schemas/LlmTokenUsage"
          }
        }
      },
      "WebCall": {
        "description": "A web call (`call_type: web_call`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/Call"
          },
          {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "call_type"
            ],
            "properties": {
              "call_type": {
                "type": "string",
                "description": "Always `web_call`.",
                "enum": [
                  "web_call"
                ]
              }
            }
          }
        ]
      },
      "PhoneCall": {
        "description": "A phone call (`call_type: phone_call`) with its numbers and direction.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Call"
          },
          {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "call_type",
              "from_number",
              "to_number",
              "direction"
            ],
            "properties": {
              "call_type": {
                "type": "string",
                "description": "Always `phone_call`.",
                "enum": [
                  "phone_call"
                ]
              }
            }
          }
        ]
      },
      "GetCallResponse": {
        "description": "A web call or a phone call, by `call_type`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/WebCall"
          },
          {
            "$ref": "#/components/schemas/PhoneCall"
          }
        ]
      },
      "TelephonyIdentifier": {
        "type": "object",
        "description": "Telephony identifiers of a phone call, when available (tracking only).",
        "additionalProperties": true,
        "properties": {
          "twilio_call_sid": {
            "type": "string",
            "description": "Twilio call SID."
          }
        }
      },
      "Word": {
        "type": "object",
        "description": "One word of an utterance with its timing (an approximation, per Retell).",
        "additionalProperties": true,
        "properties": {
          "word": {
            "type": "string",
            "description": "The word, with punctuation if any."
          },
          "start": {
            "type": "number",
            "description": "Start of the word, **seconds** relative to the call audio (not wall time)."
          },
          "end": {
            "type": "number",
            "description": "End of the word, **seconds** relative to the call audio (not wall time)."
          }
        }
      },
      "Utterance": {
        "type": "object",
        "description": "One utterance. It has no start/end of its own; its words carry the timings.",
        "additionalProperties": true,
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "type": "string",
            "description": "Who spoke.",
            "enum": [
              "agent",
              "user",
              "transfer_target"
            ]
          },
          "content": {
            "type": "string",
            "description": "What was said."
          },
          "words": {
            "type": "array",
            "description": "The words with their timings (the reference marks it required; lenient here).",
            "items": {
              "$ref": "#/components/schemas/Word"
            }
          }
        }
      },
      "ToolCallInvocation": {
        "type": "object",
        "description": "A tool call made by the agent.",
        "additionalProperties": true,
        "required": [
          "role",
          "tool_call_id",
          "name",
          "arguments"
        ],
        "properties": {
          "role": {
            "description": "Always `tool_call_invocation`.",
            "type": "string",
            "enum": [
              "tool_call_invocation"
            ]
          },
          "tool_call_id": {
            "description": "Tool call id, globally unique.",
            "type": "string"
          },
          "name": {
            "type": "string",
            "description": "Name of the function called."
          },
          "arguments": {
            "type": "string",
            "description": "The arguments, a JSON object as a string."
          },
          "thought_signature": {
            "description": "Thought signature of Google Gemini thinking models (internal reasoning chain).",
            "type": "string"
          }
        }
      },
      "ToolCallResult": {
        "type": "object",
        "description": "The result of a tool call.",
        "additionalProperties": true,
        "required": [
          "role",
          "tool_call_id",
          "content"
        ],
        "properties": {
          "role": {
            "description": "Always `tool_call_result`.",
            "type": "string",
            "enum": [
              "tool_call_result"
            ]
          },
          "tool_call_id": {
            "description": "Id of the invocation this result answers.",
            "type": "string"
          },
          "content": {
            "description": "The result: a string, often stringified JSON.",
            "type": "string"
          },
          "successful": {
            "description": "Whether the tool call succeeded.",
            "type": "boolean"
          }
        }
      },
      "NodeTransition": {
        "type": "object",
        "description": "A conversation-flow node transition.",
        "additionalProperties": true,
        "required": [
          "role"
        ],
        "properties": {
          "role": {
            "description": "Always `node_transition`.",
            "type": "string",
            "enum": [
              "node_transition"
            ]
          },
          "former_node_id": {
            "description": "Id of the node left.",
            "type": "string"
          },
          "former_node_name": {
            "description": "Name of the node left.",
            "type": "string"
          },
          "new_node_id": {
            "description": "Id of the node entered.",
            "type": "string"
          },
          "new_node_name": {
            "description": "Name of the node entered.",
            "type": "string"
          },
          "transition_type": {
            "description": "How the transition happened.",
            "type": "string",
            "enum": [
              "global",
              "global_go_back",
              "interrupt_go_back",
              "normal"
            ]
          }
        }
      },
      "Dtmf": {
        "type": "object",
        "description": "A keypad digit pressed by the user.",
        "additionalProperties": true,
        "required": [
          "role",
          "digit"
        ],
        "properties": {
          "role": {
            "description": "Always `dtmf`.",
            "type": "string",
            "enum": [
              "dtmf"
            ]
          },
          "digit": {
            "type": "string",
            "description": "One of `0`–`9`, `*`, `#`."
          }
        }
      },
      "SmsMessage": {
        "type": "object",
        "description": "An SMS sent during the call.",
        "additionalProperties": true,
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "description": "Always `sms`.",
            "type": "string",
            "enum": [
              "sms"
            ]
          },
          "content": {
            "description": "Text of the SMS.",
            "type": "string"
          },
          "time_sec": {
            "type": "number",
            "description": "When, **seconds** from the call start."
          },
          "multimedia": {
            "description": "Attached media, `{url, summary}`.",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "url": {
                  "type": "string"
                },
                "summary": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "InjectedMessage": {
        "type": "object",
        "description": "A message injected into the conversation.",
        "additionalProperties": true,
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "description": "Always `injected`.",
            "type": "string",
            "enum": [
              "injected"
            ]
          },
          "content": {
            "description": "The injected text.",
            "type": "string"
          },
          "time_sec": {
            "type": "number",
            "description": "When, **seconds** from the call start."
          }
        }
      },
      "TranscriptItem": {
        "description": "One entry of `transcript_with_tool_calls`, by `role`.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/Utterance"
          },
          {
            "$ref": "#/components/schemas/ToolCallInvocation"
          },
          {
            "$ref": "#/components/schemas/ToolCallResult"
          },
          {
            "$ref": "#/components/schemas/NodeTransition"
          },
          {
            "$ref": "#/components/schemas/Dtmf"
          },
          {
            "$ref": "#/components/schemas/SmsMessage"
          },
          {
            "$ref": "#/components/schemas/InjectedMessage"
          }
        ]
      },
      "LatencyStats": {
        "type": "object",
        "description": "Distribution of one latency over the call's turns, **milliseconds** (`num` is a count).",
        "additionalProperties": true,
        "properties": {
          "p50": {
            "type": "number",
            "description": "50th percentile, ms."
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
          "max": {
            "type": "number",
            "description": "Maximum, ms."
          },
          "min": {
            "type": "number",
            "description": "Minimum, ms."
          },
          "num": {
            "type": "number",
            "description": "Number of data points."
          },
          "values": {
            "type": "array",
            "description": "Every data point, ms.",
            "items": {
              "type": "number"
            }
          }
        }
      },
      "CallLatency": {
        "type": "object",
        "description": "Latency tracking of the call, **milliseconds**, available after the call ends; stages depend on the\ncall type and features. `e2e`: user stops talking → agent starts; `asr`: transcription lag; `llm`:\nLLM request → first speakable chunk; `llm_websocket_network_rtt`: custom-LLM websocket round trip;\n`tts`: TTS trigger → first byte; `knowledge_base`: retrieval; `s2s`: speech-to-speech model.\n",
        "additionalProperties": true,
        "properties": {
          "e2e": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "asr": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "llm": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "llm_websocket_network_rtt": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "tts": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "knowledge_base": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "s2s": {
            "$ref": "#/components/schemas/LatencyStats"
          }
        }
      },
      "ProductCost": {
        "type": "object",
        "description": "The cost of one product (e.g. `elevenlabs_tts`) for the call.",
        "additionalProperties": true,
        "required": [
          "product",
          "cost"
        ],
        "properties": {
          "product": {
            "type": "string",
            "description": "Product name."
          },
          "unit_price": {
            "type": "number",
            "description": "Unit price, **cents per second**."
          },
          "cost": {
            "type": "number",
            "description": "Cost of the product for the call, **cents**."
          },
          "is_transfer_leg_cost": {
            "type": "boolean",
            "description": "True when the cost is for a transfer segment."
          }
        }
      },
      "CallCost": {
        "type": "object",
        "description": "Cost of the call, **cents** (unit prices in cents per second). No currency is named; USD is implied\n(UNCONFIRMED). The reference marks all four fields required; lenient here.\n",
        "additionalProperties": true,
        "properties": {
          "product_costs": {
            "description": "Cost per product, **cents**.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProductCost"
            }
          },
          "total_duration_seconds": {
            "type": "number",
            "description": "Total billed duration, **seconds**."
          },
          "total_duration_unit_price": {
            "type": "number",
            "description": "Sum of the products' unit prices, **cents per second**."
          },
          "combined_cost": {
            "type": "number",
            "description": "Combined cost of all products, **cents**."
          }
        }
      },
      "LlmTokenUsage": {
        "type": "object",
        "description": "LLM token usage (absent with a custom LLM, a realtime API, or no LLM call).",
        "additionalProperties": true,
        "properties": {
          "values": {
            "type": "array",
            "description": "Token count of each LLM request.",
            "items": {
              "type": "number"
            }
          },
          "average": {
            "type": "number",
            "description": "Average token count per request."
          },
          "num_requests": {
            "type": "number",
            "description": "Number of LLM requests."
          }
        }
      },
      "CallAnalysis": {
        "type": "object",
        "description": "Post-call analysis, available once the `call_analyzed` webhook has fired.",
        "additionalProperties": true,
        "properties": {
          "call_summary": {
            "type": "string",
            "description": "A high-level summary of the call."
          },
          "in_voicemail": {
            "type": "boolean",
            "description": "Whether the call reached voicemail."
          },
          "user_sentiment": {
            "type": "string",
            "description": "Sentiment of the user.",
            "enum": [
              "Negative",
              "Positive",
              "Neutral",
              "Unknown"
            ]
          },
          "call_successful": {
            "type": "boolean",
            "description": "Whether the agent finished its task without the call being cut off."
          },
          "custom_analysis_data": {
            "type": "object",
            "description": "Data extracted by the agent's post-call analysis schema. Free-form.",
            "additionalProperties": true
          }
        }
      },
      "FilterCriteria": {
        "type": "object",
        "description": "The filters of `POST /v3/list-calls`, all ANDed; a list of conditions on one field (`agent`,\n`custom_attributes`, …) is ORed (agents) or ANDed (keyed conditions). Each condition is\n`{ type, op, value }`: `string` (`eq`, `ne`, `sw` starts with, `ew` ends with, `co` contains), `number`\n(`eq`, `ne`, `gt`, `ge`, `lt`, `le`), `range` (`bt`, `[low, high]` inclusive), `enum` (`in`, a list),\n`boolean` (`eq`) or `present` (`pr` present, `np` absent); conditions on a map (`metadata`,\n`dynamic_variables`, `custom_analysis_data`, `custom_attributes`) name the entry in `key`. Times are\nepoch **milliseconds**, costs **cents**. Example: `{ \"call_status\": { \"type\": \"enum\", \"op\": \"in\",\n\"value\": [\"ended\"] }, \"start_timestamp\": { \"type\": \"range\", \"op\": \"bt\", \"value\": [1735689600000,\n1738367999999] } }`. Source: Retell's SDK `CallListParams.FilterCriteria` (retell-sdk 5.66.1,\nhttps://github.com/RetellAI/retell-typescript-sdk); `pnpm check:fidelity` compares it path by path.\n",
        "additionalProperties": false,
        "properties": {
          "agent": {
            "type": "array",
            "description": "Agents (ORed), each optionally narrowed to some of its versions.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "agent_id"
              ],
              "properties": {
                "agent_id": {
                  "type": "string"
                },
                "version": {
                  "type": "array",
                  "items": {
                    "type": "integer"
                  }
                }
              }
            }
          },
          "agent_tag": {
            "type": "object",
            "description": "The agent environment tags (e.g. `prod`, `staging`).",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "batch_call_id": {
            "$ref": "#/components/schemas/StringCondition"
          },
          "call_id": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/StringFilter"
              },
              {
                "$ref": "#/components/schemas/EnumFilter"
              }
            ]
          },
          "call_status": {
            "type": "object",
            "description": "Call statuses.",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "not_connected",
                    "ongoing",
                    "ended",
                    "error"
                  ]
                }
              }
            }
          },
          "call_successful": {
            "$ref": "#/components/schemas/BooleanCondition"
          },
          "call_type": {
            "type": "object",
            "description": "Web or phone calls.",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "web_call",
                    "phone_call"
                  ]
                }
              }
            }
          },
          "combined_cost": {
            "description": "The call's combined cost, in **cents**.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NumberFilter"
              },
              {
                "$ref": "#/components/schemas/RangeFilter"
              }
            ]
          },
          "custom_analysis_data": {
            "type": "array",
            "description": "Conditions on entries (`key`) of the post-call analysis' custom data.",
            "items": {
              "$ref": "#/components/schemas/KeyedFilter"
            }
          },
          "custom_attributes": {
            "type": "array",
            "description": "Conditions on entries (`key`) of the call's custom attributes.",
            "items": {
              "$ref": "#/components/schemas/KeyedFilter"
            }
          },
          "data_storage_setting": {
            "type": "object",
            "description": "Data storage settings.",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "everything",
                    "everything_except_pii",
                    "basic_attributes_only"
                  ]
                }
              }
            }
          },
          "direction": {
            "type": "object",
            "description": "Phone call directions (web calls have none).",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "inbound",
                    "outbound"
                  ]
                }
              }
            }
          },
          "disconnection_reason": {
            "type": "object",
            "description": "Why the call ended.",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DisconnectionReason"
                }
              }
            }
          },
          "duration_ms": {
            "description": "The call's duration, in **milliseconds**.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NumberFilter"
              },
              {
                "$ref": "#/components/schemas/RangeFilter"
              }
            ]
          },
          "dynamic_variables": {
            "type": "array",
            "description": "Conditions on entries (`key`) of the call's dynamic variables.",
            "items": {
              "$ref": "#/components/schemas/KeyedFilter"
            }
          },
          "e2e_latency_p50": {
            "description": "The median end-to-end latency, in **milliseconds**.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NumberFilter"
              },
              {
                "$ref": "#/components/schemas/RangeFilter"
              }
            ]
          },
          "end_timestamp": {
            "description": "When the call ended, epoch **milliseconds**.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NumberFilter"
              },
              {
                "$ref": "#/components/schemas/RangeFilter"
              }
            ]
          },
          "from_number": {
            "$ref": "#/components/schemas/StringCondition"
          },
          "in_voicemail": {
            "$ref": "#/components/schemas/BooleanCondition"
          },
          "metadata": {
            "type": "array",
            "description": "Conditions on entries (`key`) of the call's metadata.",
            "items": {
              "$ref": "#/components/schemas/KeyedFilter"
            }
          },
          "start_timestamp": {
            "description": "When the call started, epoch **milliseconds** (the key `sort_order` sorts by).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NumberFilter"
              },
              {
                "$ref": "#/components/schemas/RangeFilter"
              }
            ]
          },
          "to_number": {
            "$ref": "#/components/schemas/StringCondition"
          },
          "tool_calls": {
            "type": "array",
            "description": "Calls with a tool call matching all of an item's conditions.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "latency_ms": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/NumberCondition"
                    },
                    {
                      "$ref": "#/components/schemas/RangeCondition"
                    }
                  ]
                },
                "name": {
                  "type": "string"
                },
                "success": {
                  "$ref": "#/components/schemas/BooleanCondition"
                },
                "type": {
                  "type": "string"
                }
              }
            }
          },
          "user_sentiment": {
            "type": "object",
            "description": "The user's sentiment from the post-call analysis.",
            "additionalProperties": false,
            "required": [
              "type",
              "op",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "enum"
                ]
              },
              "op": {
                "type": "string",
                "enum": [
                  "in"
                ]
              },
              "value": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "Negative",
                    "Positive",
                    "Neutral",
                    "Unknown"
                  ]
                }
              }
            }
          }
        }
      },
      "StringFilter": {
        "type": "object",
        "description": "A string condition.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "string"
            ]
          },
          "op": {
            "type": "string",
            "description": "`eq`, `ne`, `sw` (starts with), `ew` (ends with), `co` (contains).",
            "enum": [
              "eq",
              "ne",
              "sw",
              "ew",
              "co"
            ]
          },
          "value": {
            "type": "string"
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "NumberFilter": {
        "type": "object",
        "description": "A number condition.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "number"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "eq",
              "ne",
              "gt",
              "ge",
              "lt",
              "le"
            ]
          },
          "value": {
            "type": "number"
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "RangeFilter": {
        "type": "object",
        "description": "An inclusive range, `[low, high]`.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "range"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "bt"
            ]
          },
          "value": {
            "type": "array",
            "minItems": 2,
            "maxItems": 2,
            "items": {
              "type": "number"
            }
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "EnumFilter": {
        "type": "object",
        "description": "One of several values.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "enum"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "in"
            ]
          },
          "value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "BooleanFilter": {
        "type": "object",
        "description": "A boolean condition.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "boolean"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "eq"
            ]
          },
          "value": {
            "type": "boolean"
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "PresentFilter": {
        "type": "object",
        "description": "Whether the entry is present (`pr`) or absent (`np`).",
        "required": [
          "type",
          "op"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "present"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "pr",
              "np"
            ]
          },
          "key": {
            "type": "string",
            "description": "The map entry the condition applies to (`metadata`, `dynamic_variables`, … only)."
          }
        }
      },
      "StringCondition": {
        "type": "object",
        "description": "A string condition (`eq`, `ne`, `sw` starts with, `ew` ends with, `co` contains).",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "string"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "eq",
              "ne",
              "sw",
              "ew",
              "co"
            ]
          },
          "value": {
            "type": "string"
          }
        }
      },
      "NumberCondition": {
        "type": "object",
        "description": "A number condition.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "number"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "eq",
              "ne",
              "gt",
              "ge",
              "lt",
              "le"
            ]
          },
          "value": {
            "type": "number"
          }
        }
      },
      "RangeCondition": {
        "type": "object",
        "description": "An inclusive range, `[low, high]`.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "range"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "bt"
            ]
          },
          "value": {
            "type": "array",
            "minItems": 2,
            "maxItems": 2,
            "items": {
              "type": "number"
            }
          }
        }
      },
      "BooleanCondition": {
        "type": "object",
        "description": "A boolean condition.",
        "required": [
          "type",
          "op",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "boolean"
            ]
          },
          "op": {
            "type": "string",
            "enum": [
              "eq"
            ]
          },
          "value": {
            "type": "boolean"
          }
        }
      },
      "KeyedFilter": {
        "description": "A condition on one entry (`key`) of a map (`metadata`, `dynamic_variables`, …).",
        "oneOf": [
          {
            "$ref": "#/components/schemas/StringFilter"
          },
          {
            "$ref": "#/components/schemas/NumberFilter"
          },
          {
            "$ref": "#/components/schemas/BooleanFilter"
          },
          {
            "$ref": "#/components/schemas/RangeFilter"
          },
          {
            "$ref": "#/components/schemas/EnumFilter"
          },
          {
            "$ref": "#/components/schemas/PresentFilter"
          }
        ]
      },
      "ListCallsRequest": {
        "type": "object",
        "description": "Body of `POST /v3/list-calls`. Source: Retell's SDK `CallListParams` (retell-sdk 5.66.1,\nhttps://github.com/RetellAI/retell-typescript-sdk, `src/resources/call.ts`). `limit` bounds are not\ndocumented for v3 (UNCONFIRMED).\n",
        "additionalProperties": false,
        "properties": {
          "filter_criteria": {
            "$ref": "#/components/schemas/FilterCriteria"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "Maximum number of calls to return."
          },
          "pagination_key": {
            "type": "string",
            "description": "Opaque cursor from the previous response's `pagination_key`."
          },
          "skip": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of calls to skip."
          },
          "sort_order": {
            "type": "string",
            "description": "Order by `start_timestamp`; default `descending`.",
            "enum": [
              "ascending",
              "descending"
            ]
          },
          "include_total": {
            "type": "boolean",
            "description": "Also return `total`, the count of all matching calls (an extra query). Default false."
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "One page of `POST /v3/list-calls`.",
        "additionalProperties": true,
        "properties": {
          "items": {
            "description": "The calls of this page (web and phone calls).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/GetCallResponse"
            }
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether more calls follow."
          },
          "pagination_key": {
            "type": "string",
            "description": "Cursor of the next page (opaque)."
          },
          "total": {
            "type": "integer",
            "description": "Count of all calls matching `filter_criteria`; only with `include_total: true`."
          }
        }
      },
      "ListCallsLegacyRequest": {
        "type": "object",
        "description": "Body of the legacy `POST /v2/list-calls`.",
        "additionalProperties": false,
        "properties": {
          "filter_criteria": {
            "type": "object",
            "description": "Filters (`agent_id[]`, `call_status[]`, `call_type[]`, `direction[]`, `user_sentiment[]`,\n`call_successful[]`, `start_timestamp`/`end_timestamp`/`duration_ms` `{lower_threshold,\nupper_threshold}` in ms, …). Free-form here.\n",
            "additionalProperties": true
          },
          "sort_order": {
            "type": "string",
            "description": "Order by `start_timestamp`; default `descending`.",
            "enum": [
              "ascending",
              "descending"
            ]
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of calls, default 50, at most 1000."
          },
          "pagination_key": {
            "type": "string",
            "description": "The `call_id` of the last call received; exclusive."
          }
        }
      },
      "ListCallsLegacyResponse": {
        "type": "array",
        "description": "The legacy list's bare array of calls.",
        "items": {
          "$ref": "#/components/schemas/GetCallResponse"
        }
      },
      "WebhookEvent": {
        "type": "object",
        "description": "A webhook delivery: `{event, call}`. `call` is the call object as `get-call` returns it (without\n`call_analysis` in `call_ended`). One docs page shows `event_type` instead of `event`; `event` is\nwhat the overview page and Retell's SDK use. Source: https://docs.retellai.com/features/webhook-overview.\n",
        "additionalProperties": true,
        "required": [
          "event",
          "call"
        ],
        "properties": {
          "event": {
            "type": "string",
            "description": "The event type (the chat events are not call records and are not modelled).",
            "enum": [
              "call_started",
              "call_ended",
              "call_analyzed",
              "transcript_updated",
              "transfer_started",
              "transfer_bridged",
              "transfer_cancelled",
              "transfer_ended"
            ]
          },
          "call": {
            "$ref": "#/components/schemas/GetCallResponse"
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Retell's error body: `{status: \"error\", message}`. Source: https://docs.retellai.com/api-references/get-call.",
        "additionalProperties": true,
        "required": [
          "message"
        ],
        "properties": {
          "status": {
            "description": "Always `error`.",
            "type": "string",
            "enum": [
              "error"
            ]
          },
          "message": {
            "type": "string",
            "description": "What went wrong."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Bad request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "status": "error",
                  "message": "Invalid request format, please check API reference."
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
                  "status": "error",
                  "message": "API key is missing or invalid."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Not found. Retell's reference has this response shape but lists 422 for an unknown call id on\n`get-call`; a 404 there is UNCONFIRMED.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "status": "error",
                  "message": "The requested resource was not found."
                }
              }
            }
          }
        }
      },
      "UnprocessableContent": {
        "description": "Unprocessable content, e.g. no call with this id under this API key.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unprocessable": {
                "value": {
                  "status": "error",
                  "message": "Cannot find requested asset under given api key."
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. Retell publishes no numeric HTTP limits (UNCONFIRMED) and documents no `Retry-After`;\nit is modelled in case it is sent.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent (UNCONFIRMED).",
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
                  "status": "error",
                  "message": "Account rate limited, please throttle your requests."
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
                  "status": "error",
                  "message": "An unexpected server error occurred."
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
