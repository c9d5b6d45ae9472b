// Reset handler and vector table for the Cortex-M4F under QEMU (mps2-an386).
// newlib's own crt0 hangs on this machine (see the notes), so start-up is ours:
// enable the FPU, set up .data/.bss, open the semihosting handles, run static
// constructors, then exit with main's status (QEMU's exit status).
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" {
extern uint32_t __data_load, __data_start, __data_end, __bss_start, __bss_end, __stack_top;
void initialise_monitor_handles();
void __libc_init_array();
int main();
void reset();

// Referenced by __libc_init_array and C++ static destructors; nothing to do.
void _init() {}
void _fini() {}
void *__dso_handle = nullptr;
}

// Any fault ends the program with a distinctive status instead of hanging.
extern "C" void fault_handler() { _Exit(99); }

typedef void (*Handler)();

__attribute__((section(".isr_vector"), used)) static const Handler vector_table[16] = {
    reinterpret_cast<Handler>(&__stack_top), // initial stack pointer
    reset,
    fault_handler, // NMI
    fault_handler, // HardFault
    fault_handler, // MemManage
    fault_handler, // BusFault
    fault_handler, // UsageFault
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    fault_handler, // SVCall
    fault_handler, // DebugMonitor
    nullptr,
    fault_handler, // PendSV
    fault_handler, // SysTick
};

extern "C" void reset() {
  // Hard-float code faults silently until CP10/CP11 are enabled (CPACR).
  *reinterpret_cast<volatile uint32_t *>(0xE000ED88) |= 0xFu << 20;
  __asm volatile("dsb\n\tisb" ::: "memory");
  size_t data_size = (size_t)((char *)&__data_end - (char *)&__data_start);
  memcpy(&__data_start, &__data_load, data_size);
  memset(&__bss_start, 0, (size_t)((char *)&__bss_end - (char *)&__bss_start));
  initialise_monitor_handles();
  __libc_init_array();
  exit(main());
}
