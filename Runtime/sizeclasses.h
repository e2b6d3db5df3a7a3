// sizeclasses.h: the size-class constants of Go 1.19 (runtime/sizeclasses.go)
// and the tables in sizeclasses.c.
#ifndef SIZECLASSES_H
#define SIZECLASSES_H

#include "runtime.h"

#define _MaxSmallSize   32768
#define smallSizeDiv    8
#define smallSizeMax    1024
#define largeSizeDiv    128
#define _NumSizeClasses 68
#define _PageShift      13
#define _PageSize       (1 << _PageShift)

// The largest allocation Go allows on 64-bit Linux: 1 << heapAddrBits.
#define maxAlloc ((go_uintptr)1 << 48)

extern const uint16_t class_to_size[_NumSizeClasses] GO_SYM("runtime.class_to_size");
extern const uint8_t class_to_allocnpages[_NumSizeClasses] GO_SYM("runtime.class_to_allocnpages");
extern const uint8_t size_to_class8[smallSizeMax / smallSizeDiv + 1] GO_SYM("runtime.size_to_class8");
extern const uint8_t size_to_class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1]
    GO_SYM("runtime.size_to_class128");

go_uintptr roundupsize(go_uintptr size) GO_SYM("runtime.roundupsize");

#endif
