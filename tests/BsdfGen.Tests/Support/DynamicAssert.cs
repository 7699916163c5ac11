using System.Collections;
using System.Numerics;
using Xunit;

namespace BsdfGen.Tests.Support;

/// <summary>Deep equality of decoded dynamic values, with a path in the failure message.</summary>
public static class DynamicAssert
{
    public static void Equal(object? expected, object? actual, string path = "root")
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {Describe(actual)}");
                return;
            case double d:
                var other = Assert.IsType<double>(actual);
                Assert.True(BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(other) || (double.IsNaN(d) && double.IsNaN(other)),
                    $"{path}: expected {d:R}, got {other:R}");
                return;
            case byte[] bytes:
                Assert.True(actual is byte[] actualBytes && bytes.AsSpan().SequenceEqual(actualBytes), $"{path}: blob bytes differ");
                return;
            case BsdfNdArray array:
                var actualArray = Assert.IsType<BsdfNdArray>(actual);
                Assert.Equal(array.DType, actualArray.DType);
                Assert.Equal(array.Shape, actualArray.Shape);
                Assert.True(array.Data.Span.SequenceEqual(actualArray.Data.Span), $"{path}: array data differs");
                return;
            case BsdfExtensionValue tagged:
                var actualTagged = Assert.IsType<BsdfExtensionValue>(actual);
                Assert.Equal(tagged.Name, actualTagged.Name);
                Equal(tagged.Value, actualTagged.Value, $"{path}<{tagged.Name}>");
                return;
            case BsdfImage image:
                var actualImage = Assert.IsType<BsdfImage>(actual);
                Assert.Equal(image.Kind, actualImage.Kind);
                Equal(image.Array, actualImage.Array, path + ".array");
                Equal(image.Meta, actualImage.Meta, path + ".meta");
                return;
            case IDictionary<string, object?> map:
                var actualMap = Assert.IsAssignableFrom<IDictionary<string, object?>>(actual);
                Assert.True(map.Keys.SequenceEqual(actualMap.Keys), $"{path}: keys differ: [{string.Join(", ", map.Keys)}] vs [{string.Join(", ", actualMap.Keys)}]");
                foreach (var (key, value) in map)
                {
                    Equal(value, actualMap[key], $"{path}.{key}");
                }

                return;
            case IList list when expected is not Array || expected is object[]:
                var actualList = Assert.IsAssignableFrom<IList>(actual);
                Assert.True(list.Count == actualList.Count, $"{path}: list lengths differ ({list.Count} vs {actualList.Count})");
                for (var i = 0; i < list.Count; i++)
                {
                    Equal(list[i], actualList[i], $"{path}[{i}]");
                }

                return;
            case Complex complex:
                Assert.Equal(complex, Assert.IsType<Complex>(actual));
                return;
            default:
                Assert.True(Equals(expected, actual), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
                return;
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
