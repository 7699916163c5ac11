namespace BsdfGen.Generator.Diagnostics
{
    /// <summary>Names of the values diagnostics carry in <c>Diagnostic.Properties</c> for the code fixes.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>BSDF003/BSDF016: a key that no member of the contract uses.</summary>
        public const string FreeKey = "FreeKey";
    }
}
