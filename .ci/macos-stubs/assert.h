/* Stub for checking the macOS target without its SDK: see README.md beside this file. */
#pragma once
#define assert(x) ((void)0)
