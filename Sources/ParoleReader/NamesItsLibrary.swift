/// An error whose one-line description names the library already ("library /x is read-only;
/// nothing was changed"): the status line shows it as it is, its first letter in capitals. Any
/// other error a library source throws is introduced as the library's ("Library: …"). The
/// library's own error type says so by conforming; the words of a message are never searched.
public protocol NamesItsLibrary: Error, CustomStringConvertible {}
