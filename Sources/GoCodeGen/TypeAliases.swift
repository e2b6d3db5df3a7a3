// GoSyntax and GoTypes both name ArrayType, MapType, ... (syntax vs. type);
// inside the code generator the names mean the types.
import GoTypes

typealias ArrayType = GoTypes.ArrayType
typealias MapType = GoTypes.MapType
typealias ChanType = GoTypes.ChanType
typealias StructType = GoTypes.StructType
typealias InterfaceType = GoTypes.InterfaceType
