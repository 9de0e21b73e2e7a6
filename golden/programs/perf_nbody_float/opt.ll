; ModuleID = 'perf_nbody_float.sy'
source_filename = "perf_nbody_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@mass = dso_local local_unnamed_addr global [64 x float] zeroinitializer, align 16
@vx = dso_local local_unnamed_addr global [64 x float] zeroinitializer, align 16
@vy = dso_local local_unnamed_addr global [64 x float] zeroinitializer, align 16
@px = dso_local local_unnamed_addr global [64 x float] zeroinitializer, align 16
@py = dso_local local_unnamed_addr global [64 x float] zeroinitializer, align 16
@softening = dso_local local_unnamed_addr global float 0x3F847AE140000000, align 4
@one = dso_local local_unnamed_addr global float 1.000000e+00, align 4

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @energy(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %100

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = zext i32 %0 to i64
  br label %10

6:                                                ; preds = %37, %10
  %7 = phi float [ %29, %10 ], [ %97, %37 ]
  %8 = add nuw nsw i64 %12, 1
  %9 = icmp eq i64 %30, %5
  br i1 %9, label %100, label %10, !llvm.loop !5

10:                                               ; preds = %3, %6
  %11 = phi i64 [ 0, %3 ], [ %30, %6 ]
  %12 = phi i64 [ 1, %3 ], [ %8, %6 ]
  %13 = phi float [ 0.000000e+00, %3 ], [ %7, %6 ]
  %14 = fpext float %13 to double
  %15 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %11
  %16 = load float, float* %15, align 4, !tbaa !7
  %17 = fpext float %16 to double
  %18 = fmul double %17, 5.000000e-01
  %19 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %11
  %20 = load float, float* %19, align 4, !tbaa !7
  %21 = fmul float %20, %20
  %22 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %11
  %23 = load float, float* %22, align 4, !tbaa !7
  %24 = fmul float %23, %23
  %25 = fadd float %21, %24
  %26 = fpext float %25 to double
  %27 = fmul double %18, %26
  %28 = fadd double %27, %14
  %29 = fptrunc double %28 to float
  %30 = add nuw nsw i64 %11, 1
  %31 = icmp ult i64 %30, %4
  br i1 %31, label %32, label %6

32:                                               ; preds = %10
  %33 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %11
  %34 = load float, float* %33, align 4, !tbaa !7
  %35 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %11
  %36 = load float, float* %35, align 4, !tbaa !7
  br label %37

37:                                               ; preds = %32, %37
  %38 = phi i64 [ %12, %32 ], [ %98, %37 ]
  %39 = phi float [ %29, %32 ], [ %97, %37 ]
  %40 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %38
  %41 = load float, float* %40, align 4, !tbaa !7
  %42 = fsub float %34, %41
  %43 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %38
  %44 = load float, float* %43, align 4, !tbaa !7
  %45 = fsub float %36, %44
  %46 = fmul float %42, %42
  %47 = fmul float %45, %45
  %48 = fadd float %46, %47
  %49 = fpext float %48 to double
  %50 = fadd double %49, 1.000000e-02
  %51 = fptrunc double %50 to float
  %52 = fcmp ogt float %51, 1.000000e+00
  %53 = fdiv float 1.000000e+00, %51
  %54 = select i1 %52, float %53, float 1.000000e+00
  %55 = fpext float %51 to double
  %56 = fmul double %55, 5.000000e-01
  %57 = fpext float %54 to double
  %58 = fmul double %56, %57
  %59 = fmul double %58, %57
  %60 = fsub double 1.500000e+00, %59
  %61 = fmul double %60, %57
  %62 = fptrunc double %61 to float
  %63 = fpext float %62 to double
  %64 = fmul double %56, %63
  %65 = fmul double %64, %63
  %66 = fsub double 1.500000e+00, %65
  %67 = fmul double %66, %63
  %68 = fptrunc double %67 to float
  %69 = fpext float %68 to double
  %70 = fmul double %56, %69
  %71 = fmul double %70, %69
  %72 = fsub double 1.500000e+00, %71
  %73 = fmul double %72, %69
  %74 = fptrunc double %73 to float
  %75 = fpext float %74 to double
  %76 = fmul double %56, %75
  %77 = fmul double %76, %75
  %78 = fsub double 1.500000e+00, %77
  %79 = fmul double %78, %75
  %80 = fptrunc double %79 to float
  %81 = fpext float %80 to double
  %82 = fmul double %56, %81
  %83 = fmul double %82, %81
  %84 = fsub double 1.500000e+00, %83
  %85 = fmul double %84, %81
  %86 = fptrunc double %85 to float
  %87 = fpext float %86 to double
  %88 = fmul double %56, %87
  %89 = fmul double %88, %87
  %90 = fsub double 1.500000e+00, %89
  %91 = fmul double %90, %87
  %92 = fptrunc double %91 to float
  %93 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %38
  %94 = load float, float* %93, align 4, !tbaa !7
  %95 = fmul float %16, %94
  %96 = fmul float %95, %92
  %97 = fsub float %39, %96
  %98 = add nuw nsw i64 %38, 1
  %99 = icmp eq i64 %98, %5
  br i1 %99, label %6, label %37, !llvm.loop !11

100:                                              ; preds = %6, %1
  %101 = phi float [ 0.000000e+00, %1 ], [ %7, %6 ]
  ret float %101
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @sq(float noundef %0) local_unnamed_addr #1 {
  %2 = fmul float %0, %0
  ret float %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local float @pull(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #2 {
  %4 = fmul float %1, %1
  %5 = fmul float %2, %2
  %6 = fadd float %4, %5
  %7 = load float, float* @softening, align 4, !tbaa !7
  %8 = fadd float %6, %7
  %9 = load float, float* @one, align 4, !tbaa !7
  %10 = fadd float %8, %9
  %11 = fmul float %8, %10
  %12 = fdiv float %0, %11
  ret float %12
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @step(i32 noundef %0, float noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %74

4:                                                ; preds = %2
  %5 = load float, float* @softening, align 4
  %6 = load float, float* @one, align 4
  %7 = zext i32 %0 to i64
  br label %8

8:                                                ; preds = %47, %4
  %9 = phi i64 [ 0, %4 ], [ %56, %47 ]
  %10 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %9
  %11 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %9
  br label %15

12:                                               ; preds = %47
  br i1 %3, label %13, label %74

13:                                               ; preds = %12
  %14 = zext i32 %0 to i64
  br label %58

15:                                               ; preds = %8, %42
  %16 = phi i64 [ 0, %8 ], [ %45, %42 ]
  %17 = phi float [ 0.000000e+00, %8 ], [ %44, %42 ]
  %18 = phi float [ 0.000000e+00, %8 ], [ %43, %42 ]
  %19 = icmp eq i64 %16, %9
  br i1 %19, label %42, label %20

20:                                               ; preds = %15
  %21 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %16
  %22 = load float, float* %21, align 4, !tbaa !7
  %23 = load float, float* %10, align 4, !tbaa !7
  %24 = fsub float %22, %23
  %25 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %16
  %26 = load float, float* %25, align 4, !tbaa !7
  %27 = load float, float* %11, align 4, !tbaa !7
  %28 = fsub float %26, %27
  %29 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %16
  %30 = load float, float* %29, align 4, !tbaa !7
  %31 = fmul float %24, %24
  %32 = fmul float %28, %28
  %33 = fadd float %31, %32
  %34 = fadd float %5, %33
  %35 = fadd float %6, %34
  %36 = fmul float %34, %35
  %37 = fdiv float %30, %36
  %38 = fmul float %24, %37
  %39 = fadd float %17, %38
  %40 = fmul float %28, %37
  %41 = fadd float %18, %40
  br label %42

42:                                               ; preds = %20, %15
  %43 = phi float [ %41, %20 ], [ %18, %15 ]
  %44 = phi float [ %39, %20 ], [ %17, %15 ]
  %45 = add nuw nsw i64 %16, 1
  %46 = icmp eq i64 %45, %7
  br i1 %46, label %47, label %15, !llvm.loop !12

47:                                               ; preds = %42
  %48 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %9
  %49 = load float, float* %48, align 4, !tbaa !7
  %50 = fmul float %44, %1
  %51 = fadd float %50, %49
  store float %51, float* %48, align 4, !tbaa !7
  %52 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %9
  %53 = load float, float* %52, align 4, !tbaa !7
  %54 = fmul float %43, %1
  %55 = fadd float %54, %53
  store float %55, float* %52, align 4, !tbaa !7
  %56 = add nuw nsw i64 %9, 1
  %57 = icmp eq i64 %56, %7
  br i1 %57, label %12, label %8, !llvm.loop !13

58:                                               ; preds = %13, %58
  %59 = phi i64 [ 0, %13 ], [ %72, %58 ]
  %60 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %59
  %61 = load float, float* %60, align 4, !tbaa !7
  %62 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %59
  %63 = load float, float* %62, align 4, !tbaa !7
  %64 = fmul float %63, %1
  %65 = fadd float %61, %64
  store float %65, float* %60, align 4, !tbaa !7
  %66 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %59
  %67 = load float, float* %66, align 4, !tbaa !7
  %68 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %59
  %69 = load float, float* %68, align 4, !tbaa !7
  %70 = fmul float %69, %1
  %71 = fadd float %67, %70
  store float %71, float* %66, align 4, !tbaa !7
  %72 = add nuw nsw i64 %59, 1
  %73 = icmp eq i64 %72, %14
  br i1 %73, label %74, label %58, !llvm.loop !14

74:                                               ; preds = %58, %2, %12
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = tail call i32 @getint() #7
  %2 = tail call i32 @getint() #7
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %35

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  %6 = shl nuw nsw i64 %5, 2
  call void @llvm.memset.p0i8.i64(i8* align 16 bitcast ([64 x float]* @vx to i8*), i8 0, i64 %6, i1 false), !tbaa !7
  call void @llvm.memset.p0i8.i64(i8* align 16 bitcast ([64 x float]* @vy to i8*), i8 0, i64 %6, i1 false), !tbaa !7
  br label %7

7:                                                ; preds = %4, %7
  %8 = phi i64 [ 0, %4 ], [ %33, %7 ]
  %9 = phi i32 [ 5, %4 ], [ %21, %7 ]
  %10 = mul nsw i32 %9, 75
  %11 = add nsw i32 %10, 74
  %12 = srem i32 %11, 65537
  %13 = srem i32 %12, 2000
  %14 = sitofp i32 %13 to double
  %15 = fdiv double %14, 1.000000e+02
  %16 = fadd double %15, -1.000000e+01
  %17 = fptrunc double %16 to float
  %18 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %8
  store float %17, float* %18, align 4, !tbaa !7
  %19 = mul nsw i32 %12, 75
  %20 = add nsw i32 %19, 74
  %21 = srem i32 %20, 65537
  %22 = srem i32 %21, 2000
  %23 = sitofp i32 %22 to double
  %24 = fdiv double %23, 1.000000e+02
  %25 = fadd double %24, -1.000000e+01
  %26 = fptrunc double %25 to float
  %27 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %8
  store float %26, float* %27, align 4, !tbaa !7
  %28 = trunc i64 %8 to i32
  %29 = urem i32 %28, 3
  %30 = add nuw nsw i32 %29, 1
  %31 = sitofp i32 %30 to float
  %32 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %8
  store float %31, float* %32, align 4, !tbaa !7
  %33 = add nuw nsw i64 %8, 1
  %34 = icmp eq i64 %33, %5
  br i1 %34, label %35, label %7, !llvm.loop !15

35:                                               ; preds = %7, %0
  %36 = tail call float @energy(i32 noundef %1)
  tail call void @starttime() #7
  %37 = icmp sgt i32 %2, 0
  br i1 %37, label %38, label %42

38:                                               ; preds = %35, %38
  %39 = phi i32 [ %40, %38 ], [ 0, %35 ]
  tail call void @step(i32 noundef %1, float noundef 0x3F847AE140000000)
  %40 = add nuw nsw i32 %39, 1
  %41 = icmp eq i32 %40, %2
  br i1 %41, label %42, label %38, !llvm.loop !16

42:                                               ; preds = %38, %35
  tail call void @stoptime() #7
  %43 = tail call float @energy(i32 noundef %1)
  tail call void @putfloat(float noundef %36) #7
  tail call void @putch(i32 noundef 10) #7
  tail call void @putfloat(float noundef %43) #7
  tail call void @putch(i32 noundef 10) #7
  %44 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @px, i64 0, i64 0), align 16, !tbaa !7
  tail call void @putfloat(float noundef %44) #7
  tail call void @putch(i32 noundef 32) #7
  %45 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @py, i64 0, i64 0), align 16, !tbaa !7
  tail call void @putfloat(float noundef %45) #7
  tail call void @putch(i32 noundef 10) #7
  %46 = add nsw i32 %1, -1
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %47
  %49 = load float, float* %48, align 4, !tbaa !7
  %50 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @px, i64 0, i64 0), align 16, !tbaa !7
  %51 = fsub float %49, %50
  %52 = fmul float %51, 1.000000e+01
  %53 = fptosi float %52 to i32
  %54 = srem i32 %53, 256
  ret i32 %54
}

declare i32 @getint() local_unnamed_addr #5

declare void @starttime() local_unnamed_addr #5

declare void @stoptime() local_unnamed_addr #5

declare void @putfloat(float noundef) local_unnamed_addr #5

declare void @putch(i32 noundef) local_unnamed_addr #5

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { argmemonly nofree nounwind willreturn writeonly }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"float", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
