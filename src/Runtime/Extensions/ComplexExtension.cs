using System.Numerics;

namespace BsdfGen.Extensions;

/// <summary>The standard <c>c</c> extension: a complex number as the list <c>[real, imag]</c>.</summary>
internal sealed class ComplexExtension() : BsdfExtension<Complex>("c")
{
    protected override object? EncodeValue(Complex value) => new List<object?>(2) { value.Real, value.Imaginary };

    protected override Complex DecodeValue(object? value)
    {
        if (value is List<object?> { Count: 2 } parts && ToDouble(parts[0]) is { } real && ToDouble(parts[1]) is { } imaginary)
        {
            return new Complex(real, imaginary);
        }

        throw new FormatException("a 'c' value must be a list of two numbers");
    }

    private static double? ToDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        long l => l,
        _ => null,
    };
}
