; ModuleID = 'func_fast_power_mod.sy'
source_filename = "func_fast_power_mod.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@P = dso_local local_unnamed_addr constant i32 1000000007, align 4
@__const.fermat_probable_prime.bases = private unnamed_addr constant [3 x i32] [i32 2, i32 3, i32 5], align 4

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @mulmod(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %24

5:                                                ; preds = %3
  %6 = srem i32 %0, %2
  br label %7

7:                                                ; preds = %5, %7
  %8 = phi i32 [ %17, %7 ], [ 0, %5 ]
  %9 = phi i32 [ %21, %7 ], [ %6, %5 ]
  %10 = phi i32 [ %22, %7 ], [ %1, %5 ]
  %11 = and i32 %10, 1
  %12 = icmp eq i32 %11, 0
  %13 = add nsw i32 %8, %9
  %14 = icmp slt i32 %13, %2
  %15 = select i1 %14, i32 0, i32 %2
  %16 = sub nsw i32 %13, %15
  %17 = select i1 %12, i32 %8, i32 %16
  %18 = shl nsw i32 %9, 1
  %19 = icmp slt i32 %18, %2
  %20 = select i1 %19, i32 0, i32 %2
  %21 = sub nsw i32 %18, %20
  %22 = lshr i32 %10, 1
  %23 = icmp ult i32 %10, 2
  br i1 %23, label %24, label %7, !llvm.loop !5

24:                                               ; preds = %7, %3
  %25 = phi i32 [ 0, %3 ], [ %17, %7 ]
  ret i32 %25
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @powmod(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = srem i32 1, %2
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %62

6:                                                ; preds = %3
  %7 = srem i32 %0, %2
  br label %8

8:                                                ; preds = %6, %57
  %9 = phi i32 [ %58, %57 ], [ %4, %6 ]
  %10 = phi i32 [ %59, %57 ], [ %7, %6 ]
  %11 = phi i32 [ %60, %57 ], [ %1, %6 ]
  %12 = and i32 %11, 1
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %35, label %14

14:                                               ; preds = %8
  %15 = icmp sgt i32 %10, 0
  br i1 %15, label %16, label %57

16:                                               ; preds = %14
  %17 = srem i32 %9, %2
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i32 [ %28, %18 ], [ 0, %16 ]
  %20 = phi i32 [ %32, %18 ], [ %17, %16 ]
  %21 = phi i32 [ %33, %18 ], [ %10, %16 ]
  %22 = and i32 %21, 1
  %23 = icmp eq i32 %22, 0
  %24 = add nsw i32 %20, %19
  %25 = icmp slt i32 %24, %2
  %26 = select i1 %25, i32 0, i32 %2
  %27 = sub nsw i32 %24, %26
  %28 = select i1 %23, i32 %19, i32 %27
  %29 = shl nsw i32 %20, 1
  %30 = icmp slt i32 %29, %2
  %31 = select i1 %30, i32 0, i32 %2
  %32 = sub nsw i32 %29, %31
  %33 = lshr i32 %21, 1
  %34 = icmp ult i32 %21, 2
  br i1 %34, label %35, label %18, !llvm.loop !5

35:                                               ; preds = %18, %8
  %36 = phi i32 [ %9, %8 ], [ %28, %18 ]
  %37 = icmp sgt i32 %10, 0
  br i1 %37, label %38, label %57

38:                                               ; preds = %35
  %39 = srem i32 %10, %2
  br label %40

40:                                               ; preds = %40, %38
  %41 = phi i32 [ %50, %40 ], [ 0, %38 ]
  %42 = phi i32 [ %54, %40 ], [ %39, %38 ]
  %43 = phi i32 [ %55, %40 ], [ %10, %38 ]
  %44 = and i32 %43, 1
  %45 = icmp eq i32 %44, 0
  %46 = add nsw i32 %42, %41
  %47 = icmp slt i32 %46, %2
  %48 = select i1 %47, i32 0, i32 %2
  %49 = sub nsw i32 %46, %48
  %50 = select i1 %45, i32 %41, i32 %49
  %51 = shl nsw i32 %42, 1
  %52 = icmp slt i32 %51, %2
  %53 = select i1 %52, i32 0, i32 %2
  %54 = sub nsw i32 %51, %53
  %55 = lshr i32 %43, 1
  %56 = icmp ult i32 %43, 2
  br i1 %56, label %57, label %40, !llvm.loop !5

57:                                               ; preds = %40, %14, %35
  %58 = phi i32 [ %36, %35 ], [ 0, %14 ], [ %36, %40 ]
  %59 = phi i32 [ 0, %35 ], [ 0, %14 ], [ %50, %40 ]
  %60 = sdiv i32 %11, 2
  %61 = icmp sgt i32 %11, 1
  br i1 %61, label %8, label %62, !llvm.loop !7

62:                                               ; preds = %57, %3
  %63 = phi i32 [ %4, %3 ], [ %58, %57 ]
  ret i32 %63
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @powmod_rec(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = icmp eq i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = srem i32 1, %2
  br label %56

7:                                                ; preds = %3
  %8 = sdiv i32 %1, 2
  %9 = srem i32 %1, 2
  %10 = tail call i32 @powmod_rec(i32 noundef %0, i32 noundef %8, i32 noundef %2)
  %11 = icmp sgt i32 %10, 0
  br i1 %11, label %12, label %31

12:                                               ; preds = %7
  %13 = srem i32 %10, %2
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i32 [ %24, %14 ], [ 0, %12 ]
  %16 = phi i32 [ %28, %14 ], [ %13, %12 ]
  %17 = phi i32 [ %29, %14 ], [ %10, %12 ]
  %18 = and i32 %17, 1
  %19 = icmp eq i32 %18, 0
  %20 = add nsw i32 %16, %15
  %21 = icmp slt i32 %20, %2
  %22 = select i1 %21, i32 0, i32 %2
  %23 = sub nsw i32 %20, %22
  %24 = select i1 %19, i32 %15, i32 %23
  %25 = shl nsw i32 %16, 1
  %26 = icmp slt i32 %25, %2
  %27 = select i1 %26, i32 0, i32 %2
  %28 = sub nsw i32 %25, %27
  %29 = lshr i32 %17, 1
  %30 = icmp ult i32 %17, 2
  br i1 %30, label %31, label %14, !llvm.loop !5

31:                                               ; preds = %14, %7
  %32 = phi i32 [ 0, %7 ], [ %24, %14 ]
  %33 = icmp eq i32 %9, 1
  br i1 %33, label %34, label %56

34:                                               ; preds = %31
  %35 = srem i32 %0, %2
  %36 = icmp sgt i32 %35, 0
  br i1 %36, label %37, label %56

37:                                               ; preds = %34
  %38 = srem i32 %32, %2
  br label %39

39:                                               ; preds = %39, %37
  %40 = phi i32 [ %49, %39 ], [ 0, %37 ]
  %41 = phi i32 [ %53, %39 ], [ %38, %37 ]
  %42 = phi i32 [ %54, %39 ], [ %35, %37 ]
  %43 = and i32 %42, 1
  %44 = icmp eq i32 %43, 0
  %45 = add nsw i32 %41, %40
  %46 = icmp slt i32 %45, %2
  %47 = select i1 %46, i32 0, i32 %2
  %48 = sub nsw i32 %45, %47
  %49 = select i1 %44, i32 %40, i32 %48
  %50 = shl nsw i32 %41, 1
  %51 = icmp slt i32 %50, %2
  %52 = select i1 %51, i32 0, i32 %2
  %53 = sub nsw i32 %50, %52
  %54 = lshr i32 %42, 1
  %55 = icmp ult i32 %42, 2
  br i1 %55, label %56, label %39, !llvm.loop !5

56:                                               ; preds = %39, %34, %31, %5
  %57 = phi i32 [ %6, %5 ], [ %32, %31 ], [ 0, %34 ], [ %49, %39 ]
  ret i32 %57
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @fermat_probable_prime(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 4
  br i1 %2, label %5, label %3

3:                                                ; preds = %1
  %4 = add nsw i32 %0, -1
  br label %9

5:                                                ; preds = %1
  %6 = and i32 %0, -2
  %7 = icmp eq i32 %6, 2
  %8 = zext i1 %7 to i32
  br label %80

9:                                                ; preds = %3, %77
  %10 = phi i64 [ 0, %3 ], [ %78, %77 ]
  %11 = getelementptr inbounds [3 x i32], [3 x i32]* @__const.fermat_probable_prime.bases, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !8
  %13 = srem i32 %12, %0
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %77, label %15

15:                                               ; preds = %9
  %16 = srem i32 1, %0
  br label %17

17:                                               ; preds = %69, %15
  %18 = phi i32 [ %16, %15 ], [ %70, %69 ]
  %19 = phi i32 [ %13, %15 ], [ %71, %69 ]
  %20 = phi i32 [ %4, %15 ], [ %72, %69 ]
  %21 = and i32 %20, 1
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %44, label %23

23:                                               ; preds = %17
  %24 = icmp sgt i32 %19, 0
  br i1 %24, label %25, label %73

25:                                               ; preds = %23
  %26 = srem i32 %18, %0
  br label %27

27:                                               ; preds = %27, %25
  %28 = phi i32 [ %37, %27 ], [ 0, %25 ]
  %29 = phi i32 [ %41, %27 ], [ %26, %25 ]
  %30 = phi i32 [ %42, %27 ], [ %19, %25 ]
  %31 = and i32 %30, 1
  %32 = icmp eq i32 %31, 0
  %33 = add nsw i32 %29, %28
  %34 = icmp slt i32 %33, %0
  %35 = select i1 %34, i32 0, i32 %0
  %36 = sub nsw i32 %33, %35
  %37 = select i1 %32, i32 %28, i32 %36
  %38 = shl nsw i32 %29, 1
  %39 = icmp slt i32 %38, %0
  %40 = select i1 %39, i32 0, i32 %0
  %41 = sub nsw i32 %38, %40
  %42 = lshr i32 %30, 1
  %43 = icmp ult i32 %30, 2
  br i1 %43, label %44, label %27, !llvm.loop !5

44:                                               ; preds = %27, %17
  %45 = phi i32 [ %18, %17 ], [ %37, %27 ]
  %46 = icmp sgt i32 %19, 0
  br i1 %46, label %47, label %66

47:                                               ; preds = %44
  %48 = srem i32 %19, %0
  br label %49

49:                                               ; preds = %49, %47
  %50 = phi i32 [ %59, %49 ], [ 0, %47 ]
  %51 = phi i32 [ %63, %49 ], [ %48, %47 ]
  %52 = phi i32 [ %64, %49 ], [ %19, %47 ]
  %53 = and i32 %52, 1
  %54 = icmp eq i32 %53, 0
  %55 = add nsw i32 %51, %50
  %56 = icmp slt i32 %55, %0
  %57 = select i1 %56, i32 0, i32 %0
  %58 = sub nsw i32 %55, %57
  %59 = select i1 %54, i32 %50, i32 %58
  %60 = shl nsw i32 %51, 1
  %61 = icmp slt i32 %60, %0
  %62 = select i1 %61, i32 0, i32 %0
  %63 = sub nsw i32 %60, %62
  %64 = lshr i32 %52, 1
  %65 = icmp ult i32 %52, 2
  br i1 %65, label %66, label %49, !llvm.loop !5

66:                                               ; preds = %49, %44
  %67 = phi i32 [ 0, %44 ], [ %59, %49 ]
  %68 = icmp sgt i32 %20, 1
  br i1 %68, label %69, label %75

69:                                               ; preds = %66, %73
  %70 = phi i32 [ %45, %66 ], [ 0, %73 ]
  %71 = phi i32 [ %67, %66 ], [ 0, %73 ]
  %72 = sdiv i32 %20, 2
  br label %17, !llvm.loop !7

73:                                               ; preds = %23
  %74 = icmp sgt i32 %20, 1
  br i1 %74, label %69, label %80

75:                                               ; preds = %66
  %76 = icmp eq i32 %45, 1
  br i1 %76, label %77, label %80

77:                                               ; preds = %75, %9
  %78 = add nuw nsw i64 %10, 1
  %79 = icmp eq i64 %78, 3
  br i1 %79, label %80, label %9, !llvm.loop !12

80:                                               ; preds = %75, %77, %73, %5
  %81 = phi i32 [ %8, %5 ], [ 0, %73 ], [ 1, %77 ], [ 0, %75 ]
  ret i32 %81
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %50, %0
  %2 = phi i32 [ %51, %50 ], [ 1, %0 ]
  %3 = phi i32 [ %52, %50 ], [ 2, %0 ]
  %4 = phi i32 [ %53, %50 ], [ 30, %0 ]
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %28, label %7

7:                                                ; preds = %1
  %8 = icmp sgt i32 %3, 0
  br i1 %8, label %9, label %50

9:                                                ; preds = %7
  %10 = srem i32 %2, 1000000007
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i32 [ %21, %11 ], [ 0, %9 ]
  %13 = phi i32 [ %25, %11 ], [ %10, %9 ]
  %14 = phi i32 [ %26, %11 ], [ %3, %9 ]
  %15 = and i32 %14, 1
  %16 = icmp eq i32 %15, 0
  %17 = add nsw i32 %13, %12
  %18 = icmp slt i32 %17, 1000000007
  %19 = select i1 %18, i32 0, i32 -1000000007
  %20 = add i32 %19, %17
  %21 = select i1 %16, i32 %12, i32 %20
  %22 = shl nsw i32 %13, 1
  %23 = icmp slt i32 %13, 500000004
  %24 = select i1 %23, i32 0, i32 -1000000007
  %25 = add i32 %24, %22
  %26 = lshr i32 %14, 1
  %27 = icmp ult i32 %14, 2
  br i1 %27, label %28, label %11, !llvm.loop !5

28:                                               ; preds = %11, %1
  %29 = phi i32 [ %2, %1 ], [ %21, %11 ]
  %30 = icmp sgt i32 %3, 0
  br i1 %30, label %31, label %50

31:                                               ; preds = %28
  %32 = urem i32 %3, 1000000007
  br label %33

33:                                               ; preds = %33, %31
  %34 = phi i32 [ %43, %33 ], [ 0, %31 ]
  %35 = phi i32 [ %47, %33 ], [ %32, %31 ]
  %36 = phi i32 [ %48, %33 ], [ %3, %31 ]
  %37 = and i32 %36, 1
  %38 = icmp eq i32 %37, 0
  %39 = add nsw i32 %35, %34
  %40 = icmp slt i32 %39, 1000000007
  %41 = select i1 %40, i32 0, i32 -1000000007
  %42 = add i32 %41, %39
  %43 = select i1 %38, i32 %34, i32 %42
  %44 = shl nsw i32 %35, 1
  %45 = icmp slt i32 %35, 500000004
  %46 = select i1 %45, i32 0, i32 -1000000007
  %47 = add i32 %46, %44
  %48 = lshr i32 %36, 1
  %49 = icmp ult i32 %36, 2
  br i1 %49, label %50, label %33, !llvm.loop !5

50:                                               ; preds = %33, %28, %7
  %51 = phi i32 [ %29, %28 ], [ 0, %7 ], [ %29, %33 ]
  %52 = phi i32 [ 0, %28 ], [ 0, %7 ], [ %43, %33 ]
  %53 = sdiv i32 %4, 2
  %54 = icmp sgt i32 %4, 1
  br i1 %54, label %1, label %55, !llvm.loop !7

55:                                               ; preds = %50
  tail call void @putint(i32 noundef %51) #4
  tail call void @putch(i32 noundef 10) #4
  br label %56

56:                                               ; preds = %105, %55
  %57 = phi i32 [ %106, %105 ], [ 1, %55 ]
  %58 = phi i32 [ %107, %105 ], [ 3, %55 ]
  %59 = phi i32 [ %108, %105 ], [ 1000000, %55 ]
  %60 = and i32 %59, 1
  %61 = icmp eq i32 %60, 0
  br i1 %61, label %83, label %62

62:                                               ; preds = %56
  %63 = icmp sgt i32 %58, 0
  br i1 %63, label %64, label %105

64:                                               ; preds = %62
  %65 = srem i32 %57, 1000000007
  br label %66

66:                                               ; preds = %66, %64
  %67 = phi i32 [ %76, %66 ], [ 0, %64 ]
  %68 = phi i32 [ %80, %66 ], [ %65, %64 ]
  %69 = phi i32 [ %81, %66 ], [ %58, %64 ]
  %70 = and i32 %69, 1
  %71 = icmp eq i32 %70, 0
  %72 = add nsw i32 %68, %67
  %73 = icmp slt i32 %72, 1000000007
  %74 = select i1 %73, i32 0, i32 -1000000007
  %75 = add i32 %74, %72
  %76 = select i1 %71, i32 %67, i32 %75
  %77 = shl nsw i32 %68, 1
  %78 = icmp slt i32 %68, 500000004
  %79 = select i1 %78, i32 0, i32 -1000000007
  %80 = add i32 %79, %77
  %81 = lshr i32 %69, 1
  %82 = icmp ult i32 %69, 2
  br i1 %82, label %83, label %66, !llvm.loop !5

83:                                               ; preds = %66, %56
  %84 = phi i32 [ %57, %56 ], [ %76, %66 ]
  %85 = icmp sgt i32 %58, 0
  br i1 %85, label %86, label %105

86:                                               ; preds = %83
  %87 = urem i32 %58, 1000000007
  br label %88

88:                                               ; preds = %88, %86
  %89 = phi i32 [ %98, %88 ], [ 0, %86 ]
  %90 = phi i32 [ %102, %88 ], [ %87, %86 ]
  %91 = phi i32 [ %103, %88 ], [ %58, %86 ]
  %92 = and i32 %91, 1
  %93 = icmp eq i32 %92, 0
  %94 = add nsw i32 %90, %89
  %95 = icmp slt i32 %94, 1000000007
  %96 = select i1 %95, i32 0, i32 -1000000007
  %97 = add i32 %96, %94
  %98 = select i1 %93, i32 %89, i32 %97
  %99 = shl nsw i32 %90, 1
  %100 = icmp slt i32 %90, 500000004
  %101 = select i1 %100, i32 0, i32 -1000000007
  %102 = add i32 %101, %99
  %103 = lshr i32 %91, 1
  %104 = icmp ult i32 %91, 2
  br i1 %104, label %105, label %88, !llvm.loop !5

105:                                              ; preds = %88, %83, %62
  %106 = phi i32 [ %84, %83 ], [ 0, %62 ], [ %84, %88 ]
  %107 = phi i32 [ 0, %83 ], [ 0, %62 ], [ %98, %88 ]
  %108 = sdiv i32 %59, 2
  %109 = icmp sgt i32 %59, 1
  br i1 %109, label %56, label %110, !llvm.loop !7

110:                                              ; preds = %105
  tail call void @putint(i32 noundef %106) #4
  tail call void @putch(i32 noundef 10) #4
  %111 = tail call i32 @powmod_rec(i32 noundef 7, i32 noundef 123456789, i32 noundef 1000000007)
  tail call void @putint(i32 noundef %111) #4
  tail call void @putch(i32 noundef 10) #4
  br label %112

112:                                              ; preds = %161, %110
  %113 = phi i32 [ %162, %161 ], [ 1, %110 ]
  %114 = phi i32 [ %163, %161 ], [ 7, %110 ]
  %115 = phi i32 [ %164, %161 ], [ 123456789, %110 ]
  %116 = and i32 %115, 1
  %117 = icmp eq i32 %116, 0
  br i1 %117, label %139, label %118

118:                                              ; preds = %112
  %119 = icmp sgt i32 %114, 0
  br i1 %119, label %120, label %161

120:                                              ; preds = %118
  %121 = srem i32 %113, 1000000007
  br label %122

122:                                              ; preds = %122, %120
  %123 = phi i32 [ %132, %122 ], [ 0, %120 ]
  %124 = phi i32 [ %136, %122 ], [ %121, %120 ]
  %125 = phi i32 [ %137, %122 ], [ %114, %120 ]
  %126 = and i32 %125, 1
  %127 = icmp eq i32 %126, 0
  %128 = add nsw i32 %124, %123
  %129 = icmp slt i32 %128, 1000000007
  %130 = select i1 %129, i32 0, i32 -1000000007
  %131 = add i32 %130, %128
  %132 = select i1 %127, i32 %123, i32 %131
  %133 = shl nsw i32 %124, 1
  %134 = icmp slt i32 %124, 500000004
  %135 = select i1 %134, i32 0, i32 -1000000007
  %136 = add i32 %135, %133
  %137 = lshr i32 %125, 1
  %138 = icmp ult i32 %125, 2
  br i1 %138, label %139, label %122, !llvm.loop !5

139:                                              ; preds = %122, %112
  %140 = phi i32 [ %113, %112 ], [ %132, %122 ]
  %141 = icmp sgt i32 %114, 0
  br i1 %141, label %142, label %161

142:                                              ; preds = %139
  %143 = urem i32 %114, 1000000007
  br label %144

144:                                              ; preds = %144, %142
  %145 = phi i32 [ %154, %144 ], [ 0, %142 ]
  %146 = phi i32 [ %158, %144 ], [ %143, %142 ]
  %147 = phi i32 [ %159, %144 ], [ %114, %142 ]
  %148 = and i32 %147, 1
  %149 = icmp eq i32 %148, 0
  %150 = add nsw i32 %146, %145
  %151 = icmp slt i32 %150, 1000000007
  %152 = select i1 %151, i32 0, i32 -1000000007
  %153 = add i32 %152, %150
  %154 = select i1 %149, i32 %145, i32 %153
  %155 = shl nsw i32 %146, 1
  %156 = icmp slt i32 %146, 500000004
  %157 = select i1 %156, i32 0, i32 -1000000007
  %158 = add i32 %157, %155
  %159 = lshr i32 %147, 1
  %160 = icmp ult i32 %147, 2
  br i1 %160, label %161, label %144, !llvm.loop !5

161:                                              ; preds = %144, %139, %118
  %162 = phi i32 [ %140, %139 ], [ 0, %118 ], [ %140, %144 ]
  %163 = phi i32 [ 0, %139 ], [ 0, %118 ], [ %154, %144 ]
  %164 = sdiv i32 %115, 2
  %165 = icmp sgt i32 %115, 1
  br i1 %165, label %112, label %166, !llvm.loop !7

166:                                              ; preds = %161
  tail call void @putint(i32 noundef %162) #4
  tail call void @putch(i32 noundef 10) #4
  br label %167

167:                                              ; preds = %216, %166
  %168 = phi i32 [ %217, %216 ], [ 1, %166 ]
  %169 = phi i32 [ %218, %216 ], [ 12345, %166 ]
  %170 = phi i32 [ %219, %216 ], [ 1000000005, %166 ]
  %171 = and i32 %170, 1
  %172 = icmp eq i32 %171, 0
  br i1 %172, label %194, label %173

173:                                              ; preds = %167
  %174 = icmp sgt i32 %169, 0
  br i1 %174, label %175, label %216

175:                                              ; preds = %173
  %176 = srem i32 %168, 1000000007
  br label %177

177:                                              ; preds = %177, %175
  %178 = phi i32 [ %187, %177 ], [ 0, %175 ]
  %179 = phi i32 [ %191, %177 ], [ %176, %175 ]
  %180 = phi i32 [ %192, %177 ], [ %169, %175 ]
  %181 = and i32 %180, 1
  %182 = icmp eq i32 %181, 0
  %183 = add nsw i32 %179, %178
  %184 = icmp slt i32 %183, 1000000007
  %185 = select i1 %184, i32 0, i32 -1000000007
  %186 = add i32 %185, %183
  %187 = select i1 %182, i32 %178, i32 %186
  %188 = shl nsw i32 %179, 1
  %189 = icmp slt i32 %179, 500000004
  %190 = select i1 %189, i32 0, i32 -1000000007
  %191 = add i32 %190, %188
  %192 = lshr i32 %180, 1
  %193 = icmp ult i32 %180, 2
  br i1 %193, label %194, label %177, !llvm.loop !5

194:                                              ; preds = %177, %167
  %195 = phi i32 [ %168, %167 ], [ %187, %177 ]
  %196 = icmp sgt i32 %169, 0
  br i1 %196, label %197, label %216

197:                                              ; preds = %194
  %198 = urem i32 %169, 1000000007
  br label %199

199:                                              ; preds = %199, %197
  %200 = phi i32 [ %209, %199 ], [ 0, %197 ]
  %201 = phi i32 [ %213, %199 ], [ %198, %197 ]
  %202 = phi i32 [ %214, %199 ], [ %169, %197 ]
  %203 = and i32 %202, 1
  %204 = icmp eq i32 %203, 0
  %205 = add nsw i32 %201, %200
  %206 = icmp slt i32 %205, 1000000007
  %207 = select i1 %206, i32 0, i32 -1000000007
  %208 = add i32 %207, %205
  %209 = select i1 %204, i32 %200, i32 %208
  %210 = shl nsw i32 %201, 1
  %211 = icmp slt i32 %201, 500000004
  %212 = select i1 %211, i32 0, i32 -1000000007
  %213 = add i32 %212, %210
  %214 = lshr i32 %202, 1
  %215 = icmp ult i32 %202, 2
  br i1 %215, label %216, label %199, !llvm.loop !5

216:                                              ; preds = %199, %194, %173
  %217 = phi i32 [ %195, %194 ], [ 0, %173 ], [ %195, %199 ]
  %218 = phi i32 [ 0, %194 ], [ 0, %173 ], [ %209, %199 ]
  %219 = sdiv i32 %170, 2
  %220 = icmp sgt i32 %170, 1
  br i1 %220, label %167, label %221, !llvm.loop !7

221:                                              ; preds = %216
  tail call void @putint(i32 noundef %217) #4
  tail call void @putch(i32 noundef 32) #4
  %222 = srem i32 %217, 1000000007
  br label %223

223:                                              ; preds = %223, %221
  %224 = phi i32 [ 0, %221 ], [ %244, %223 ]
  %225 = phi i32 [ %222, %221 ], [ %248, %223 ]
  %226 = phi i32 [ 12345, %221 ], [ %249, %223 ]
  %227 = and i32 %226, 1
  %228 = icmp eq i32 %227, 0
  %229 = add nsw i32 %225, %224
  %230 = icmp slt i32 %229, 1000000007
  %231 = select i1 %230, i32 0, i32 -1000000007
  %232 = add i32 %231, %229
  %233 = select i1 %228, i32 %224, i32 %232
  %234 = shl nsw i32 %225, 1
  %235 = icmp slt i32 %225, 500000004
  %236 = select i1 %235, i32 0, i32 -1000000007
  %237 = add i32 %236, %234
  %238 = and i32 %226, 2
  %239 = icmp eq i32 %238, 0
  %240 = add nsw i32 %237, %233
  %241 = icmp slt i32 %240, 1000000007
  %242 = select i1 %241, i32 0, i32 -1000000007
  %243 = add i32 %242, %240
  %244 = select i1 %239, i32 %233, i32 %243
  %245 = shl nsw i32 %237, 1
  %246 = icmp slt i32 %237, 500000004
  %247 = select i1 %246, i32 0, i32 -1000000007
  %248 = add i32 %247, %245
  %249 = lshr i32 %226, 2
  %250 = icmp ult i32 %226, 4
  br i1 %250, label %251, label %223, !llvm.loop !5

251:                                              ; preds = %223
  tail call void @putint(i32 noundef %244) #4
  tail call void @putch(i32 noundef 10) #4
  %252 = tail call i32 @fermat_probable_prime(i32 noundef 97), !range !13
  tail call void @putint(i32 noundef %252) #4
  %253 = tail call i32 @fermat_probable_prime(i32 noundef 561), !range !13
  tail call void @putint(i32 noundef %253) #4
  %254 = add nuw nsw i32 %253, %252
  %255 = tail call i32 @fermat_probable_prime(i32 noundef 1009), !range !13
  tail call void @putint(i32 noundef %255) #4
  %256 = add nuw nsw i32 %255, %254
  %257 = tail call i32 @fermat_probable_prime(i32 noundef 7919), !range !13
  tail call void @putint(i32 noundef %257) #4
  %258 = add nuw nsw i32 %257, %256
  %259 = tail call i32 @fermat_probable_prime(i32 noundef 65537), !range !13
  tail call void @putint(i32 noundef %259) #4
  %260 = add nuw nsw i32 %259, %258
  %261 = tail call i32 @fermat_probable_prime(i32 noundef 1000001), !range !13
  tail call void @putint(i32 noundef %261) #4
  %262 = add nuw nsw i32 %261, %260
  %263 = tail call i32 @fermat_probable_prime(i32 noundef 999983), !range !13
  tail call void @putint(i32 noundef %263) #4
  %264 = add nuw nsw i32 %263, %262
  %265 = tail call i32 @fermat_probable_prime(i32 noundef 1000000007), !range !13
  tail call void @putint(i32 noundef %265) #4
  %266 = add nuw nsw i32 %265, %264
  tail call void @putch(i32 noundef 10) #4
  ret i32 %266
}

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6}
!13 = !{i32 0, i32 2}
