/* Test scaffolding for running oc-acuity.exe under Wine 8 (Debian 12's); never shipped.
 *
 * Rust's std on Windows takes its randomness from ProcessPrng in bcryptprimitives.dll,
 * which Wine 8 does not export, so the exe fails to load there. Built as
 * bcryptprimitives.dll and placed beside the exe, this forwards ProcessPrng to
 * RtlGenRandom (SystemFunction036 in advapi32), which Wine has. See tests/cli/support/wine.rs. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
