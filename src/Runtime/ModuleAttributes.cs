using System.Runtime.CompilerServices;

// The stack buffers of the text formatters and parsers are always written before they are read; without this the JIT
// zeroes each of them (up to 128 bytes) in the prologue of every call, a measurable part of a small contract's write.
[module: SkipLocalsInit]
