# 1 "func_roman_numerals.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_roman_numerals.sy" 2

int vals[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

int sym1[13] = {77, 67, 68, 67, 67, 88, 76, 88, 88, 73, 86, 73, 73};
int sym2[13] = {0, 77, 0, 68, 0, 67, 0, 76, 0, 88, 0, 86, 0};
int text[32];

int to_roman(int n) {
  int len = 0, i = 0;
  while (n > 0) {
    while (n >= vals[i]) {
      text[len] = sym1[i];
      len = len + 1;
      if (sym2[i]) {
        text[len] = sym2[i];
        len = len + 1;
      }
      n = n - vals[i];
    }
    i = i + 1;
  }
  return len;
}

int value_of(int c) {
  if (c == 73) return 1;
  if (c == 86) return 5;
  if (c == 88) return 10;
  if (c == 76) return 50;
  if (c == 67) return 100;
  if (c == 68) return 500;
  if (c == 77) return 1000;
  return 0;
}

int from_roman(int len) {
  int total = 0, i = 0;
  while (i < len) {
    int v = value_of(text[i]);
    if (i + 1 < len && value_of(text[i + 1]) > v) total = total - v;
    else total = total + v;
    i = i + 1;
  }
  return total;
}

int main() {
  int tests[9] = {1, 4, 9, 14, 40, 1994, 2024, 3888, 3999};
  int i = 0, ok = 0;
  while (i < 9) {
    int len = to_roman(tests[i]);
    int k = 0;
    putint(tests[i]);
    putch(61);
    while (k < len) { putch(text[k]); k = k + 1; }
    putch(10);
    if (from_roman(len) == tests[i]) ok = ok + 1;
    i = i + 1;
  }
  int n = 1, longest = 0, which = 0;
  while (n < 4000) {
    int len = to_roman(n);
    if (len > longest) { longest = len; which = n; }
    n = n + 1;
  }
  putf("longest: %d (%d chars)\n", which, longest);
  return ok + longest;
}
