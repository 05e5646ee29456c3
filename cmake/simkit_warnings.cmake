# Warnings for simkit's own targets (never for utf8proc, which is Debian's code).
function(simkit_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wsign-conversion -Werror)
endfunction()
