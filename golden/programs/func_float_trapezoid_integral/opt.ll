; ModuleID = 'func_float_trapezoid_integral.sy'
source_filename = "func_float_trapezoid_integral.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @f(i32 noundef %0, float noundef %1) local_unnamed_addr #0 {
  switch i32 %0, label %11 [
    i32 0, label %3
    i32 1, label %5
  ]

3:                                                ; preds = %2
  %4 = fmul float %1, %1
  br label %17

5:                                                ; preds = %2
  %6 = fmul float %1, %1
  %7 = fmul float %6, %1
  %8 = fmul float %1, 2.000000e+00
  %9 = fsub float %7, %8
  %10 = fadd float %9, 1.000000e+00
  br label %17

11:                                               ; preds = %2
  %12 = fmul float %1, %1
  %13 = fpext float %12 to double
  %14 = fadd double %13, 1.000000e+00
  %15 = fdiv double 1.000000e+00, %14
  %16 = fptrunc double %15 to float
  br label %17

17:                                               ; preds = %11, %5, %3
  %18 = phi float [ %4, %3 ], [ %10, %5 ], [ %16, %11 ]
  ret float %18
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @trapezoid(i32 noundef %0, float noundef %1, float noundef %2, i32 noundef %3) local_unnamed_addr #1 {
  %5 = fsub float %2, %1
  %6 = sitofp i32 %3 to float
  %7 = fdiv float %5, %6
  switch i32 %0, label %22 [
    i32 0, label %8
    i32 1, label %11
  ]

8:                                                ; preds = %4
  %9 = fmul float %1, %1
  %10 = fmul float %2, %2
  br label %33

11:                                               ; preds = %4
  %12 = fmul float %1, %1
  %13 = fmul float %12, %1
  %14 = fmul float %1, 2.000000e+00
  %15 = fsub float %13, %14
  %16 = fadd float %15, 1.000000e+00
  %17 = fmul float %2, %2
  %18 = fmul float %17, %2
  %19 = fmul float %2, 2.000000e+00
  %20 = fsub float %18, %19
  %21 = fadd float %20, 1.000000e+00
  br label %33

22:                                               ; preds = %4
  %23 = fmul float %1, %1
  %24 = fpext float %23 to double
  %25 = fadd double %24, 1.000000e+00
  %26 = fdiv double 1.000000e+00, %25
  %27 = fptrunc double %26 to float
  %28 = fmul float %2, %2
  %29 = fpext float %28 to double
  %30 = fadd double %29, 1.000000e+00
  %31 = fdiv double 1.000000e+00, %30
  %32 = fptrunc double %31 to float
  br label %33

33:                                               ; preds = %8, %11, %22
  %34 = phi float [ %9, %8 ], [ %16, %11 ], [ %27, %22 ]
  %35 = phi float [ %10, %8 ], [ %21, %11 ], [ %32, %22 ]
  %36 = fadd float %34, %35
  %37 = fmul float %36, 5.000000e-01
  %38 = icmp sgt i32 %3, 1
  br i1 %38, label %39, label %64

39:                                               ; preds = %33, %59
  %40 = phi i32 [ %62, %59 ], [ 1, %33 ]
  %41 = phi float [ %61, %59 ], [ %37, %33 ]
  %42 = sitofp i32 %40 to float
  %43 = fmul float %7, %42
  %44 = fadd float %43, %1
  switch i32 %0, label %53 [
    i32 0, label %45
    i32 1, label %47
  ]

45:                                               ; preds = %39
  %46 = fmul float %44, %44
  br label %59

47:                                               ; preds = %39
  %48 = fmul float %44, %44
  %49 = fmul float %44, %48
  %50 = fmul float %44, 2.000000e+00
  %51 = fsub float %49, %50
  %52 = fadd float %51, 1.000000e+00
  br label %59

53:                                               ; preds = %39
  %54 = fmul float %44, %44
  %55 = fpext float %54 to double
  %56 = fadd double %55, 1.000000e+00
  %57 = fdiv double 1.000000e+00, %56
  %58 = fptrunc double %57 to float
  br label %59

59:                                               ; preds = %45, %47, %53
  %60 = phi float [ %46, %45 ], [ %52, %47 ], [ %58, %53 ]
  %61 = fadd float %41, %60
  %62 = add nuw nsw i32 %40, 1
  %63 = icmp eq i32 %62, %3
  br i1 %63, label %64, label %39, !llvm.loop !5

64:                                               ; preds = %59, %33
  %65 = phi float [ %37, %33 ], [ %61, %59 ]
  %66 = fmul float %7, %65
  ret float %66
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @simpson(i32 noundef %0, float noundef %1, float noundef %2, i32 noundef %3) local_unnamed_addr #1 {
  %5 = fsub float %2, %1
  %6 = sitofp i32 %3 to float
  %7 = fdiv float %5, %6
  switch i32 %0, label %22 [
    i32 0, label %8
    i32 1, label %11
  ]

8:                                                ; preds = %4
  %9 = fmul float %1, %1
  %10 = fmul float %2, %2
  br label %33

11:                                               ; preds = %4
  %12 = fmul float %1, %1
  %13 = fmul float %12, %1
  %14 = fmul float %1, 2.000000e+00
  %15 = fsub float %13, %14
  %16 = fadd float %15, 1.000000e+00
  %17 = fmul float %2, %2
  %18 = fmul float %17, %2
  %19 = fmul float %2, 2.000000e+00
  %20 = fsub float %18, %19
  %21 = fadd float %20, 1.000000e+00
  br label %33

22:                                               ; preds = %4
  %23 = fmul float %1, %1
  %24 = fpext float %23 to double
  %25 = fadd double %24, 1.000000e+00
  %26 = fdiv double 1.000000e+00, %25
  %27 = fptrunc double %26 to float
  %28 = fmul float %2, %2
  %29 = fpext float %28 to double
  %30 = fadd double %29, 1.000000e+00
  %31 = fdiv double 1.000000e+00, %30
  %32 = fptrunc double %31 to float
  br label %33

33:                                               ; preds = %8, %11, %22
  %34 = phi float [ %9, %8 ], [ %16, %11 ], [ %27, %22 ]
  %35 = phi float [ %10, %8 ], [ %21, %11 ], [ %32, %22 ]
  %36 = fadd float %34, %35
  %37 = icmp sgt i32 %3, 1
  br i1 %37, label %38, label %87

38:                                               ; preds = %33, %82
  %39 = phi i32 [ %85, %82 ], [ 1, %33 ]
  %40 = phi float [ %84, %82 ], [ %36, %33 ]
  %41 = and i32 %39, 1
  %42 = icmp eq i32 %41, 0
  %43 = sitofp i32 %39 to float
  %44 = fmul float %7, %43
  %45 = fadd float %44, %1
  br i1 %42, label %64, label %46

46:                                               ; preds = %38
  switch i32 %0, label %55 [
    i32 0, label %47
    i32 1, label %49
  ]

47:                                               ; preds = %46
  %48 = fmul float %45, %45
  br label %61

49:                                               ; preds = %46
  %50 = fmul float %45, %45
  %51 = fmul float %45, %50
  %52 = fmul float %45, 2.000000e+00
  %53 = fsub float %51, %52
  %54 = fadd float %53, 1.000000e+00
  br label %61

55:                                               ; preds = %46
  %56 = fmul float %45, %45
  %57 = fpext float %56 to double
  %58 = fadd double %57, 1.000000e+00
  %59 = fdiv double 1.000000e+00, %58
  %60 = fptrunc double %59 to float
  br label %61

61:                                               ; preds = %47, %49, %55
  %62 = phi float [ %48, %47 ], [ %54, %49 ], [ %60, %55 ]
  %63 = fmul float %62, 4.000000e+00
  br label %82

64:                                               ; preds = %38
  switch i32 %0, label %73 [
    i32 0, label %65
    i32 1, label %67
  ]

65:                                               ; preds = %64
  %66 = fmul float %45, %45
  br label %79

67:                                               ; preds = %64
  %68 = fmul float %45, %45
  %69 = fmul float %45, %68
  %70 = fmul float %45, 2.000000e+00
  %71 = fsub float %69, %70
  %72 = fadd float %71, 1.000000e+00
  br label %79

73:                                               ; preds = %64
  %74 = fmul float %45, %45
  %75 = fpext float %74 to double
  %76 = fadd double %75, 1.000000e+00
  %77 = fdiv double 1.000000e+00, %76
  %78 = fptrunc double %77 to float
  br label %79

79:                                               ; preds = %65, %67, %73
  %80 = phi float [ %66, %65 ], [ %72, %67 ], [ %78, %73 ]
  %81 = fmul float %80, 2.000000e+00
  br label %82

82:                                               ; preds = %79, %61
  %83 = phi float [ %63, %61 ], [ %81, %79 ]
  %84 = fadd float %40, %83
  %85 = add nuw nsw i32 %39, 1
  %86 = icmp eq i32 %85, %3
  br i1 %86, label %87, label %38, !llvm.loop !7

87:                                               ; preds = %82, %33
  %88 = phi float [ %36, %33 ], [ %84, %82 ]
  %89 = fmul float %7, %88
  %90 = fdiv float %89, 3.000000e+00
  ret float %90
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %0, %93
  %2 = phi i32 [ 0, %0 ], [ %100, %93 ]
  %3 = phi i32 [ 0, %0 ], [ %99, %93 ]
  switch i32 %2, label %5 [
    i32 0, label %6
    i32 1, label %4
  ]

4:                                                ; preds = %1
  br label %6

5:                                                ; preds = %1
  br label %6

6:                                                ; preds = %1, %5, %4
  %7 = phi float [ 1.000000e+00, %4 ], [ 1.000000e+00, %5 ], [ 0.000000e+00, %1 ]
  %8 = phi float [ 0.000000e+00, %4 ], [ 5.000000e-01, %5 ], [ 1.000000e+00, %1 ]
  %9 = fadd float %7, %8
  %10 = fmul float %9, 5.000000e-01
  br label %11

11:                                               ; preds = %31, %6
  %12 = phi i32 [ %34, %31 ], [ 1, %6 ]
  %13 = phi float [ %33, %31 ], [ %10, %6 ]
  %14 = sitofp i32 %12 to float
  %15 = fmul float %14, 1.562500e-02
  %16 = fadd float %15, 0.000000e+00
  switch i32 %2, label %25 [
    i32 0, label %17
    i32 1, label %19
  ]

17:                                               ; preds = %11
  %18 = fmul float %16, %16
  br label %31

19:                                               ; preds = %11
  %20 = fmul float %16, %16
  %21 = fmul float %16, %20
  %22 = fmul float %16, 2.000000e+00
  %23 = fsub float %21, %22
  %24 = fadd float %23, 1.000000e+00
  br label %31

25:                                               ; preds = %11
  %26 = fmul float %16, %16
  %27 = fpext float %26 to double
  %28 = fadd double %27, 1.000000e+00
  %29 = fdiv double 1.000000e+00, %28
  %30 = fptrunc double %29 to float
  br label %31

31:                                               ; preds = %25, %19, %17
  %32 = phi float [ %18, %17 ], [ %24, %19 ], [ %30, %25 ]
  %33 = fadd float %13, %32
  %34 = add nuw nsw i32 %12, 1
  %35 = icmp eq i32 %34, 64
  br i1 %35, label %36, label %11, !llvm.loop !5

36:                                               ; preds = %31
  %37 = fmul float %33, 1.562500e-02
  switch i32 %2, label %39 [
    i32 0, label %40
    i32 1, label %38
  ]

38:                                               ; preds = %36
  br label %40

39:                                               ; preds = %36
  br label %40

40:                                               ; preds = %36, %39, %38
  %41 = phi float [ 1.000000e+00, %38 ], [ 1.000000e+00, %39 ], [ 0.000000e+00, %36 ]
  %42 = phi float [ 0.000000e+00, %38 ], [ 5.000000e-01, %39 ], [ 1.000000e+00, %36 ]
  %43 = fadd float %41, %42
  br label %44

44:                                               ; preds = %88, %40
  %45 = phi i32 [ %91, %88 ], [ 1, %40 ]
  %46 = phi float [ %90, %88 ], [ %43, %40 ]
  %47 = and i32 %45, 1
  %48 = icmp eq i32 %47, 0
  %49 = sitofp i32 %45 to float
  %50 = fmul float %49, 1.562500e-02
  %51 = fadd float %50, 0.000000e+00
  br i1 %48, label %70, label %52

52:                                               ; preds = %44
  switch i32 %2, label %61 [
    i32 0, label %53
    i32 1, label %55
  ]

53:                                               ; preds = %52
  %54 = fmul float %51, %51
  br label %67

55:                                               ; preds = %52
  %56 = fmul float %51, %51
  %57 = fmul float %51, %56
  %58 = fmul float %51, 2.000000e+00
  %59 = fsub float %57, %58
  %60 = fadd float %59, 1.000000e+00
  br label %67

61:                                               ; preds = %52
  %62 = fmul float %51, %51
  %63 = fpext float %62 to double
  %64 = fadd double %63, 1.000000e+00
  %65 = fdiv double 1.000000e+00, %64
  %66 = fptrunc double %65 to float
  br label %67

67:                                               ; preds = %61, %55, %53
  %68 = phi float [ %54, %53 ], [ %60, %55 ], [ %66, %61 ]
  %69 = fmul float %68, 4.000000e+00
  br label %88

70:                                               ; preds = %44
  switch i32 %2, label %79 [
    i32 0, label %71
    i32 1, label %73
  ]

71:                                               ; preds = %70
  %72 = fmul float %51, %51
  br label %85

73:                                               ; preds = %70
  %74 = fmul float %51, %51
  %75 = fmul float %51, %74
  %76 = fmul float %51, 2.000000e+00
  %77 = fsub float %75, %76
  %78 = fadd float %77, 1.000000e+00
  br label %85

79:                                               ; preds = %70
  %80 = fmul float %51, %51
  %81 = fpext float %80 to double
  %82 = fadd double %81, 1.000000e+00
  %83 = fdiv double 1.000000e+00, %82
  %84 = fptrunc double %83 to float
  br label %85

85:                                               ; preds = %79, %73, %71
  %86 = phi float [ %72, %71 ], [ %78, %73 ], [ %84, %79 ]
  %87 = fmul float %86, 2.000000e+00
  br label %88

88:                                               ; preds = %85, %67
  %89 = phi float [ %69, %67 ], [ %87, %85 ]
  %90 = fadd float %46, %89
  %91 = add nuw nsw i32 %45, 1
  %92 = icmp eq i32 %91, 64
  br i1 %92, label %93, label %44, !llvm.loop !7

93:                                               ; preds = %88
  %94 = fmul float %90, 1.562500e-02
  %95 = fdiv float %94, 3.000000e+00
  tail call void @putfloat(float noundef %37) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putfloat(float noundef %95) #4
  tail call void @putch(i32 noundef 10) #4
  %96 = sitofp i32 %3 to float
  %97 = fmul float %95, 1.000000e+02
  %98 = fadd float %97, %96
  %99 = fptosi float %98 to i32
  %100 = add nuw nsw i32 %2, 1
  %101 = icmp eq i32 %100, 3
  br i1 %101, label %102, label %1, !llvm.loop !8

102:                                              ; preds = %93, %102
  %103 = phi i32 [ %118, %102 ], [ 1, %93 ]
  %104 = phi float [ %117, %102 ], [ 1.500000e+00, %93 ]
  %105 = and i32 %103, 1
  %106 = icmp eq i32 %105, 0
  %107 = sitofp i32 %103 to float
  %108 = fmul float %107, 7.812500e-03
  %109 = fadd float %108, 0.000000e+00
  %110 = fmul float %109, %109
  %111 = fpext float %110 to double
  %112 = fadd double %111, 1.000000e+00
  %113 = fdiv double 1.000000e+00, %112
  %114 = fptrunc double %113 to float
  %115 = select i1 %106, float 2.000000e+00, float 4.000000e+00
  %116 = fmul float %115, %114
  %117 = fadd float %104, %116
  %118 = add nuw nsw i32 %103, 1
  %119 = icmp eq i32 %118, 128
  br i1 %119, label %120, label %102, !llvm.loop !7

120:                                              ; preds = %102
  %121 = fmul float %117, 7.812500e-03
  %122 = fdiv float %121, 3.000000e+00
  %123 = fmul float %122, 4.000000e+00
  tail call void @putfloat(float noundef %123) #4
  tail call void @putch(i32 noundef 10) #4
  br label %124

124:                                              ; preds = %138, %120
  %125 = phi i32 [ 1, %120 ], [ %148, %138 ]
  %126 = phi float [ 6.187500e+00, %120 ], [ %147, %138 ]
  %127 = sitofp i32 %125 to float
  %128 = fmul float %127, 0x3FAC28F5C0000000
  %129 = fadd float %128, -2.500000e+00
  %130 = fmul float %129, %129
  %131 = fmul float %129, %130
  %132 = fmul float %129, 2.000000e+00
  %133 = fsub float %131, %132
  %134 = fadd float %133, 1.000000e+00
  %135 = fadd float %126, %134
  %136 = add nuw nsw i32 %125, 1
  %137 = icmp eq i32 %136, 100
  br i1 %137, label %149, label %138, !llvm.loop !5

138:                                              ; preds = %124
  %139 = sitofp i32 %136 to float
  %140 = fmul float %139, 0x3FAC28F5C0000000
  %141 = fadd float %140, -2.500000e+00
  %142 = fmul float %141, %141
  %143 = fmul float %141, %142
  %144 = fmul float %141, 2.000000e+00
  %145 = fsub float %143, %144
  %146 = fadd float %145, 1.000000e+00
  %147 = fadd float %135, %146
  %148 = add nuw nsw i32 %125, 2
  br label %124

149:                                              ; preds = %124
  %150 = fmul float %135, 0x3FAC28F5C0000000
  tail call void @putfloat(float noundef %150) #4
  tail call void @putch(i32 noundef 10) #4
  ret i32 %99
}

declare void @putfloat(float noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !6}
