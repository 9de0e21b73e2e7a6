# 1 "parse_deep_nesting_blocks.sy"
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
# 1 "parse_deep_nesting_blocks.sy" 2

int depth_reached = 0;

int nested_ifs(int x) {
  if (x / 1 >= 0) {
    if (x / 2 >= 0) {
      if (x / 3 >= 0) {
        if (x / 4 >= 0) {
          if (x / 5 >= 0) {
            if (x / 6 >= 0) {
              if (x / 7 >= 0) {
                if (x / 8 >= 0) {
                  if (x / 9 >= 0) {
                    if (x / 10 >= 0) {
                      if (x / 11 >= 0) {
                        if (x / 12 >= 0) {
                          if (x / 13 >= 0) {
                            if (x / 14 >= 0) {
                              if (x / 15 >= 0) {
                                if (x / 16 >= 0) {
                                  if (x / 17 >= 0) {
                                    if (x / 18 >= 0) {
                                      if (x / 19 >= 0) {
                                        if (x / 20 >= 0) {
                                          if (x / 21 >= 0) {
                                            if (x / 22 >= 0) {
                                              if (x / 23 >= 0) {
                                                if (x / 24 >= 0) {
                                                  if (x / 25 >= 0) {
                                                    if (x / 26 >= 0) {
                                                      if (x / 27 >= 0) {
                                                        if (x / 28 >= 0) {
                                                          if (x / 29 >= 0) {
                                                            if (x / 30 >= 0) {
                                                              depth_reached = depth_reached + 1;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return depth_reached;
}

int nested_whiles(int n) {
  int count = 0;
  int i0 = 0;
  while (i0 < n) {
    int i1 = 0;
    while (i1 < n) {
      int i2 = 0;
      while (i2 < n) {
        int i3 = 0;
        while (i3 < n) {
          int i4 = 0;
          while (i4 < n) {
            int i5 = 0;
            while (i5 < n) {
              int i6 = 0;
              while (i6 < n) {
                int i7 = 0;
                while (i7 < n) {
                  count = count + 1;
                  i7 = i7 + 1;
                }
                i6 = i6 + 1;
              }
              i5 = i5 + 1;
            }
            i4 = i4 + 1;
          }
          i3 = i3 + 1;
        }
        i2 = i2 + 1;
      }
      i1 = i1 + 1;
    }
    i0 = i0 + 1;
  }
  return count;
}

int main() {
  int v = 0;
  { int v = 0;
   { int v = 1;
    { int v = 2;
     { int v = 3;
      { int v = 4;
       { int v = 5;
        { int v = 6;
         { int v = 7;
          { int v = 8;
           { int v = 9;
            { int v = 10;
             { int v = 11;
              { int v = 12;
               { int v = 13;
                { int v = 14;
                 { int v = 15;
                  { int v = 16;
                   { int v = 17;
                    { int v = 18;
                     { int v = 19;
                      { int v = 20;
                       { int v = 21;
                        { int v = 22;
                         { int v = 23;
                          { int v = 24;
                           { int v = 25;
                            { int v = 26;
                             { int v = 27;
                              { int v = 28;
                               { int v = 29;
                                { int v = 30;
                                 { int v = 31;
                                  { int v = 32;
                                   { int v = 33;
                                    { int v = 34;
                                     { int v = 35;
                                      { int v = 36;
                                       { int v = 37;
                                        { int v = 38;
                                         { int v = 39;
                                          putint(v); putch(10);
                                          depth_reached = v;
  }}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
  putint(v); putch(10);
  putint(nested_ifs(5)); putch(10);
  putint(nested_ifs(-40)); putch(10);
  putint(nested_whiles(2)); putch(10);
  int r = 0, a = 0;
  while (a < 3) { if (a != 1) { { while (r < 100) { if (r % 2 == 0) { { { r = r + 3; } } } else { if (r > 50) { break; } else { { r = r + 7; } } } } } } else { { { r = r - 40; } } } a = a + 1; }
  putint(r); putch(10);
  return depth_reached + r;
}
