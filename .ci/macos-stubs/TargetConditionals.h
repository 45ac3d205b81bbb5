/* Stub for checking the macOS target without its SDK: see README.md beside this file. */
#pragma once
#define TARGET_OS_OSX 1
#define TARGET_OS_IPHONE 0
#define TARGET_OS_MAC 1
