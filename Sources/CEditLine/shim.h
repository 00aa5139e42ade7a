#ifndef CLAIMCHECK_CEDITLINE_H
#define CLAIMCHECK_CEDITLINE_H
#include <stdio.h>
#include <locale.h>
#include <editline/readline.h>
#endif
