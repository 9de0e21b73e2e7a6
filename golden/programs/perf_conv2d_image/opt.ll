; ModuleID = 'perf_conv2d_image.sy'
source_filename = "perf_conv2d_image.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@blur = dso_local global [3 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 1], [3 x i32] [i32 2, i32 4, i32 2], [3 x i32] [i32 1, i32 2, i32 1]], align 16
@edge = dso_local global [3 x [3 x i32]] [[3 x i32] [i32 0, i32 -1, i32 0], [3 x i32] [i32 -1, i32 4, i32 -1], [3 x i32] [i32 0, i32 -1, i32 0]], align 16
@img = dso_local local_unnamed_addr global [160 x [160 x i32]] zeroinitializer, align 16
@tmp = dso_local local_unnamed_addr global [160 x [160 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @convolve(i32 noundef %0, [3 x i32]* nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = add i32 %0, -1
  %5 = icmp sgt i32 %0, 2
  br i1 %5, label %6, label %119

6:                                                ; preds = %3
  %7 = zext i32 %4 to i64
  %8 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 0, i64 0
  %9 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 0, i64 1
  %10 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 0, i64 2
  %11 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 1, i64 0
  %12 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 1, i64 1
  %13 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 1, i64 2
  %14 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 2, i64 0
  %15 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 2, i64 1
  %16 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 2, i64 2
  br label %17

17:                                               ; preds = %83, %6
  %18 = phi i64 [ 1, %6 ], [ %84, %83 ]
  %19 = add nsw i64 %18, -1
  %20 = add nuw nsw i64 %18, 1
  %21 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %19, i64 0
  %22 = load i32, i32* %21, align 16, !tbaa !5
  %23 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %18, i64 0
  %24 = load i32, i32* %23, align 16, !tbaa !5
  %25 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %20, i64 0
  %26 = load i32, i32* %25, align 16, !tbaa !5
  br label %35

27:                                               ; preds = %83
  br i1 %5, label %28, label %119

28:                                               ; preds = %27
  %29 = zext i32 %4 to i64
  %30 = add nsw i64 %7, -1
  %31 = and i64 %30, 1
  %32 = icmp eq i32 %4, 2
  %33 = and i64 %30, -2
  %34 = icmp eq i64 %31, 0
  br label %86

35:                                               ; preds = %17, %35
  %36 = phi i32 [ %26, %17 ], [ %70, %35 ]
  %37 = phi i32 [ %24, %17 ], [ %57, %35 ]
  %38 = phi i32 [ %22, %17 ], [ %43, %35 ]
  %39 = phi i64 [ 1, %17 ], [ %81, %35 ]
  %40 = load i32, i32* %8, align 4, !tbaa !5
  %41 = mul nsw i32 %40, %38
  %42 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %19, i64 %39
  %43 = load i32, i32* %42, align 4, !tbaa !5
  %44 = load i32, i32* %9, align 4, !tbaa !5
  %45 = mul nsw i32 %44, %43
  %46 = add nsw i32 %45, %41
  %47 = add nuw nsw i64 %39, 1
  %48 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %19, i64 %47
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = load i32, i32* %10, align 4, !tbaa !5
  %51 = mul nsw i32 %50, %49
  %52 = add nsw i32 %51, %46
  %53 = load i32, i32* %11, align 4, !tbaa !5
  %54 = mul nsw i32 %53, %37
  %55 = add nsw i32 %54, %52
  %56 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %18, i64 %39
  %57 = load i32, i32* %56, align 4, !tbaa !5
  %58 = load i32, i32* %12, align 4, !tbaa !5
  %59 = mul nsw i32 %58, %57
  %60 = add nsw i32 %59, %55
  %61 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %18, i64 %47
  %62 = load i32, i32* %61, align 4, !tbaa !5
  %63 = load i32, i32* %13, align 4, !tbaa !5
  %64 = mul nsw i32 %63, %62
  %65 = add nsw i32 %64, %60
  %66 = load i32, i32* %14, align 4, !tbaa !5
  %67 = mul nsw i32 %66, %36
  %68 = add nsw i32 %67, %65
  %69 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %20, i64 %39
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = load i32, i32* %15, align 4, !tbaa !5
  %72 = mul nsw i32 %71, %70
  %73 = add nsw i32 %72, %68
  %74 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %20, i64 %47
  %75 = load i32, i32* %74, align 4, !tbaa !5
  %76 = load i32, i32* %16, align 4, !tbaa !5
  %77 = mul nsw i32 %76, %75
  %78 = add nsw i32 %77, %73
  %79 = sdiv i32 %78, %2
  %80 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %18, i64 %39
  store i32 %79, i32* %80, align 4, !tbaa !5
  %81 = add nuw nsw i64 %39, 1
  %82 = icmp eq i64 %81, %7
  br i1 %82, label %83, label %35, !llvm.loop !9

83:                                               ; preds = %35
  %84 = add nuw nsw i64 %18, 1
  %85 = icmp eq i64 %84, %7
  br i1 %85, label %27, label %17, !llvm.loop !11

86:                                               ; preds = %116, %28
  %87 = phi i64 [ 1, %28 ], [ %117, %116 ]
  br i1 %32, label %107, label %88

88:                                               ; preds = %86, %88
  %89 = phi i64 [ %104, %88 ], [ 1, %86 ]
  %90 = phi i64 [ %105, %88 ], [ 0, %86 ]
  %91 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %87, i64 %89
  %92 = load i32, i32* %91, align 4, !tbaa !5
  %93 = tail call i32 @llvm.abs.i32(i32 %92, i1 true)
  %94 = icmp ult i32 %93, 255
  %95 = select i1 %94, i32 %93, i32 255
  %96 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %87, i64 %89
  store i32 %95, i32* %96, align 4, !tbaa !5
  %97 = add nuw nsw i64 %89, 1
  %98 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %87, i64 %97
  %99 = load i32, i32* %98, align 4, !tbaa !5
  %100 = tail call i32 @llvm.abs.i32(i32 %99, i1 true)
  %101 = icmp ult i32 %100, 255
  %102 = select i1 %101, i32 %100, i32 255
  %103 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %87, i64 %97
  store i32 %102, i32* %103, align 4, !tbaa !5
  %104 = add nuw nsw i64 %89, 2
  %105 = add i64 %90, 2
  %106 = icmp eq i64 %105, %33
  br i1 %106, label %107, label %88, !llvm.loop !12

107:                                              ; preds = %88, %86
  %108 = phi i64 [ 1, %86 ], [ %104, %88 ]
  br i1 %34, label %116, label %109

109:                                              ; preds = %107
  %110 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %87, i64 %108
  %111 = load i32, i32* %110, align 4, !tbaa !5
  %112 = tail call i32 @llvm.abs.i32(i32 %111, i1 true)
  %113 = icmp ult i32 %112, 255
  %114 = select i1 %113, i32 %112, i32 255
  %115 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %87, i64 %108
  store i32 %114, i32* %115, align 4, !tbaa !5
  br label %116

116:                                              ; preds = %107, %109
  %117 = add nuw nsw i64 %87, 1
  %118 = icmp eq i64 %117, %29
  br i1 %118, label %119, label %86, !llvm.loop !13

119:                                              ; preds = %116, %3, %27
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [8 x i32], align 16
  %2 = tail call i32 @getint() #6
  %3 = tail call i32 @getint() #6
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %45

5:                                                ; preds = %0
  %6 = zext i32 %2 to i64
  %7 = and i64 %6, 1
  %8 = icmp eq i32 %2, 1
  %9 = and i64 %6, 4294967294
  %10 = icmp eq i64 %7, 0
  br label %11

11:                                               ; preds = %42, %5
  %12 = phi i64 [ 0, %5 ], [ %43, %42 ]
  %13 = trunc i64 %12 to i32
  %14 = mul nsw i32 %13, %13
  %15 = trunc i64 %12 to i32
  %16 = add i32 %15, 7
  br i1 %8, label %34, label %17

17:                                               ; preds = %11, %17
  %18 = phi i64 [ %31, %17 ], [ 0, %11 ]
  %19 = phi i64 [ %32, %17 ], [ 0, %11 ]
  %20 = trunc i64 %18 to i32
  %21 = mul i32 %16, %20
  %22 = add i32 %21, %14
  %23 = and i32 %22, 255
  %24 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %12, i64 %18
  store i32 %23, i32* %24, align 8, !tbaa !5
  %25 = or i64 %18, 1
  %26 = trunc i64 %25 to i32
  %27 = mul i32 %16, %26
  %28 = add i32 %27, %14
  %29 = and i32 %28, 255
  %30 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %12, i64 %25
  store i32 %29, i32* %30, align 4, !tbaa !5
  %31 = add nuw nsw i64 %18, 2
  %32 = add i64 %19, 2
  %33 = icmp eq i64 %32, %9
  br i1 %33, label %34, label %17, !llvm.loop !14

34:                                               ; preds = %17, %11
  %35 = phi i64 [ 0, %11 ], [ %31, %17 ]
  br i1 %10, label %42, label %36

36:                                               ; preds = %34
  %37 = trunc i64 %35 to i32
  %38 = mul i32 %16, %37
  %39 = add i32 %38, %14
  %40 = and i32 %39, 255
  %41 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %12, i64 %35
  store i32 %40, i32* %41, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %34, %36
  %43 = add nuw nsw i64 %12, 1
  %44 = icmp eq i64 %43, %6
  br i1 %44, label %45, label %11, !llvm.loop !15

45:                                               ; preds = %42, %0
  tail call void @starttime() #6
  %46 = icmp sgt i32 %3, 0
  br i1 %46, label %47, label %55

47:                                               ; preds = %45, %52
  %48 = phi i32 [ %53, %52 ], [ 0, %45 ]
  tail call void @convolve(i32 noundef %2, [3 x i32]* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @blur, i64 0, i64 0), i32 noundef 16)
  %49 = urem i32 %48, 3
  %50 = icmp eq i32 %49, 2
  br i1 %50, label %51, label %52

51:                                               ; preds = %47
  tail call void @convolve(i32 noundef %2, [3 x i32]* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @edge, i64 0, i64 0), i32 noundef 1)
  br label %52

52:                                               ; preds = %51, %47
  %53 = add nuw nsw i32 %48, 1
  %54 = icmp eq i32 %53, %3
  br i1 %54, label %55, label %47, !llvm.loop !16

55:                                               ; preds = %52, %45
  tail call void @stoptime() #6
  %56 = bitcast [8 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %56) #6
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(32) %56, i8 0, i64 32, i1 false)
  br i1 %4, label %57, label %99

57:                                               ; preds = %55
  %58 = zext i32 %2 to i64
  %59 = and i64 %58, 1
  %60 = icmp eq i32 %2, 1
  %61 = and i64 %58, 4294967294
  %62 = icmp eq i64 %59, 0
  br label %63

63:                                               ; preds = %96, %57
  %64 = phi i64 [ 0, %57 ], [ %97, %96 ]
  br i1 %60, label %86, label %65

65:                                               ; preds = %63, %65
  %66 = phi i64 [ %83, %65 ], [ 0, %63 ]
  %67 = phi i64 [ %84, %65 ], [ 0, %63 ]
  %68 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %64, i64 %66
  %69 = load i32, i32* %68, align 8, !tbaa !5
  %70 = sdiv i32 %69, 32
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [8 x i32], [8 x i32]* %1, i64 0, i64 %71
  %73 = load i32, i32* %72, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, i32* %72, align 4, !tbaa !5
  %75 = or i64 %66, 1
  %76 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %64, i64 %75
  %77 = load i32, i32* %76, align 4, !tbaa !5
  %78 = sdiv i32 %77, 32
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [8 x i32], [8 x i32]* %1, i64 0, i64 %79
  %81 = load i32, i32* %80, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  store i32 %82, i32* %80, align 4, !tbaa !5
  %83 = add nuw nsw i64 %66, 2
  %84 = add i64 %67, 2
  %85 = icmp eq i64 %84, %61
  br i1 %85, label %86, label %65, !llvm.loop !17

86:                                               ; preds = %65, %63
  %87 = phi i64 [ 0, %63 ], [ %83, %65 ]
  br i1 %62, label %96, label %88

88:                                               ; preds = %86
  %89 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %64, i64 %87
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = sdiv i32 %90, 32
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [8 x i32], [8 x i32]* %1, i64 0, i64 %92
  %94 = load i32, i32* %93, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  store i32 %95, i32* %93, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %86, %88
  %97 = add nuw nsw i64 %64, 1
  %98 = icmp eq i64 %97, %58
  br i1 %98, label %99, label %63, !llvm.loop !18

99:                                               ; preds = %96, %55
  %100 = getelementptr inbounds [8 x i32], [8 x i32]* %1, i64 0, i64 0
  call void @putarray(i32 noundef 8, i32* noundef nonnull %100) #6
  %101 = load i32, i32* %100, align 16, !tbaa !5
  %102 = srem i32 %101, 256
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %56) #6
  ret i32 %102
}

declare i32 @getint() local_unnamed_addr #3

declare void @starttime() local_unnamed_addr #3

declare void @stoptime() local_unnamed_addr #3

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.abs.i32(i32, i1 immarg) #5

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #5 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
