#ifndef CLAIMCHECK_CEDITLINE_H
#define CLAIMCHECK_CEDITLINE_H
#include <stdio.h>
#include <locale.h>
#include <editline/readline.h>

/* libedit's settings are global variables, which Swift 6 refuses to touch; these accessors are the only way in. */
static inline void cc_rl_set_name(const char *name) { rl_readline_name = name; }
static inline void cc_rl_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline const char *cc_rl_line_buffer(void) { return rl_line_buffer; }
#endif
