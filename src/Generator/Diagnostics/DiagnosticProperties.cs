namespace BsdfGen.Generator.Diagnostics
{
    /// <summary>Names of the values diagnostics carry in <c>Diagnostic.Properties</c> for the code fixes.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>BSDF003/BSDF016: a key that no member of the contract uses.</summary>
        public const string FreeKey = "FreeKey";

        /// <summary>BSDF018: the declaration id (<c>DocumentationCommentId</c>) of a type in source that marking [BsdfContract] would fix.</summary>
        public const string ContractCandidate = "ContractCandidate";
    }
}
