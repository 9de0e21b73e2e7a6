# 1 "func_shadowing_const_blocks.sy"
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
# 1 "func_shadowing_const_blocks.sy" 2


const int N = 4;
int value = 100;
int sizes[N] = {N, N * 2, N * 3};

int scale(int value, int N) {
  int r = value * N;
  {
    int value = r + 1;
    r = value;
    {
      const int N = 3;
      int tmp[N] = {value, value * 2, value * 3};
      r = r + tmp[N - 1];
    }
  }
  return r + value;
}

int main() {
  int total = 0;
  int outer[N] = {1, 2, 3, 4};
  {
    const int N = 2;
    int inner[N] = {10, 20};
    int value = inner[0] + inner[N - 1];
    putint(N);
    putch(32);
    putint(value);
    putch(32);
    {
      int N = 7;
      int value = N * 3;
      total = total + value;
      putint(value);
      putch(32);
    }
    {
      const int M = N * 5;
      int wide[M] = {};
      wide[M - 1] = M;
      total = total + wide[M - 1] + value;
      putarray(M, wide);
    }
  }
  putint(N);
  putch(32);
  putint(value);
  putch(10);
  putarray(N, outer);
  putarray(N, sizes);
  int i = 0;
  while (i < N) {
    int N = i + 1;
    int value = scale(N, i);
    outer[i] = value;
    total = total + value;
    i = i + 1;
  }
  putarray(N, outer);
  value = value + total;
  putint(value);
  putch(10);
  return value % 256;
}
