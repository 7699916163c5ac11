namespace BsdfGen.Generator.Model
{
    /// <summary>Limits of the BSDF wire format that the generated code depends on.</summary>
    internal static class WireLimits
    {
        /// <summary>The largest size a one-byte size field holds (keys and extension names of 1 to this many UTF-8 bytes).</summary>
        public const int MaxSmallSize = 250;
    }
}
