using System.Collections.Generic;
using System.Linq;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.CallSites
{
    /// <summary>
    /// Whether a closed type given to an entry point can be serialized: <see cref="CodecResolver"/> accepts it and
    /// every serialized member of each closed generic contract in it (<c>Box&lt;Person&gt;</c>) has a codec too.
    /// </summary>
    internal static class TypeArgumentCheck
    {
        /// <summary>Null when <paramref name="type"/> is supported, else why not (naming the member and its type).</summary>
        public static string? Problem(ITypeSymbol type)
        {
            if (CodecResolver.Resolve(type, out var reason) is null)
            {
                return reason;
            }

            foreach (var contract in ClosedGenericContracts(type))
            {
                foreach (var (member, memberType) in ContractParser.SerializedMembers(contract))
                {
                    if (CodecResolver.Resolve(memberType, out var memberReason) is null)
                    {
                        return $"member '{member.Name}' of '{contract.ToDisplayString()}' has type '{memberType.ToDisplayString()}': {memberReason}";
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A class or struct declared in source, not a contract, that has no codec of its own and appears in
        /// <paramref name="type"/> (itself, an element or a type argument): marking it <c>[BsdfContract]</c> is the likely fix.
        /// </summary>
        public static INamedTypeSymbol? ContractCandidate(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => ContractCandidate(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Select(ContractCandidate).FirstOrDefault(candidate => candidate is not null)
                ?? (named.TypeKind is TypeKind.Class or TypeKind.Struct && !named.IsStatic && !named.IsGenericType && named.Locations.Any(location => location.IsInSource)
                    && !CodecResolver.IsContract(named) && CodecResolver.Resolve(named, out _) is null ? named : null),
            _ => null,
        };

        /// <summary>
        /// The closed generic contracts a value of <paramref name="type"/> holds: itself, its element and type arguments,
        /// and, recursively, those of the closed contracts' members (a <c>T</c> member is read through the registry).
        /// </summary>
        public static IEnumerable<INamedTypeSymbol> ClosedGenericContracts(ITypeSymbol type)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<INamedTypeSymbol>(Directly(type));
            while (pending.Count > 0)
            {
                var contract = pending.Dequeue();
                if (!seen.Add(contract))
                {
                    continue;
                }

                yield return contract;
                foreach (var inner in ContractParser.SerializedMembers(contract).SelectMany(member => Directly(member.Type)))
                {
                    pending.Enqueue(inner);
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> Directly(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => Directly(array.ElementType),
            INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.SelectMany(Directly)
                .Concat(CodecResolver.IsContract(named) && named.TypeArguments.All(argument => argument is not ITypeParameterSymbol)
                    ? new[] { named }
                    : Enumerable.Empty<INamedTypeSymbol>()),
            _ => Enumerable.Empty<INamedTypeSymbol>(),
        };
    }
}
