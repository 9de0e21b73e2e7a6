# 1 "func_calculator_getch.sy"
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
# 1 "func_calculator_getch.sy" 2


int ch;
int error;

void next() {
  ch = getch();
  while (ch == 32 || ch == 9) ch = getch();
}

int parse(int level) {
  if (level == 0) {
    int v = parse(1);
    while (ch == 43 || ch == 45) {
      int op = ch;
      next();
      int r = parse(1);
      if (op == 43) v = v + r;
      else v = v - r;
    }
    return v;
  }
  if (level == 1) {
    int v = parse(2);
    while (ch == 42 || ch == 47 || ch == 37) {
      int op = ch;
      next();
      int r = parse(2);
      if (op == 42) v = (v * r) % 1000000;
      else if (r == 0) error = 1;
      else if (op == 47) v = v / r;
      else v = v % r;
    }
    return v;
  }
  if (ch == 45) {
    next();
    return -parse(2);
  }
  if (ch == 40) {
    next();
    int v = parse(0);
    if (ch == 41) next();
    else error = 1;
    return v;
  }
  if (ch >= 48 && ch <= 57) {
    int v = 0;
    while (ch >= 48 && ch <= 57) {
      v = (v * 10 + ch - 48) % 1000000;
      ch = getch();
    }
    while (ch == 32 || ch == 9) ch = getch();
    return v;
  }
  error = 1;
  return 0;
}

int main() {
  int lines = 0, sum = 0;
  next();
  while (ch != -1) {
    error = 0;
    int v = parse(0);
    if (ch != 10 && ch != -1) error = 1;
    while (ch != 10 && ch != -1) ch = getch();
    if (error) putf("line %d: error\n", lines + 1);
    else {
      putf("line %d: %d\n", lines + 1, v);
      sum = sum + v;
    }
    lines = lines + 1;
    if (ch == 10) next();
  }
  return sum % 256;
}
