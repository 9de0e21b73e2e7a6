# 1 "func_fib_recursive.sy"
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
# 1 "func_fib_recursive.sy" 2

int fib(int n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int fib_iter(int n) {
  int a = 0, b = 1, i = 0;
  while (i < n) {
    int t = a + b;
    a = b;
    b = t;
    i = i + 1;
  }
  return a;
}

int main() {
  int count = getint();
  int mismatches = 0;
  int total = 0;
  while (count > 0) {
    int n = getint();
    int r = fib(n);
    if (r != fib_iter(n))
      mismatches = mismatches + 1;
    putf("fib(%d) = %d\n", n, r);
    total = (total + r) % 1000;
    count = count - 1;
  }
  putint(mismatches);
  putch(10);
  return total % 256;
}
