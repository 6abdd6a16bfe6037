// ARGS:
// expected-error-re {{{{(}}}}
// expected-error {{not checked without --verify-diagnostics}}
// expected-error@unknown {{y}}
