# 1 "func_short_circuit_effects.sy"
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
# 1 "func_short_circuit_effects.sy" 2

int calls = 0;
int trace[32];

int mark(int id, int value) {
  trace[calls] = id;
  calls = calls + 1;
  return value;
}

int safe_div_check(int a, int b) {

  if (b != 0 && a / b > 2) return 1;
  return 0;
}

int main() {
  int r = 0;
  if (mark(1, 0) && mark(2, 1)) r = r + 1;
  if (mark(3, 1) || mark(4, 1)) r = r + 2;
  if (mark(5, 1) && mark(6, 0) || mark(7, 1)) r = r + 4;
  if (mark(8, 0) || mark(9, 0) && mark(10, 1)) r = r + 8;
  if (!(mark(11, 1) && mark(12, 1)) || mark(13, 0)) r = r + 16;
  int x = 0;
  while (x < 3 && mark(14 + x, 1)) x = x + 1;
  r = r + safe_div_check(10, 0) * 32 + safe_div_check(10, 3) * 64;
  putarray(calls, trace);
  putint(r);
  putch(10);
  return r;
}
