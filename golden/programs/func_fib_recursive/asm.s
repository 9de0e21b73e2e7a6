	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_fib_recursive.sy"
	.globl	fib                             # -- Begin function fib
	.p2align	1
	.type	fib,@function
fib:                                    # @fib
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	li	a1, 2
	mv	s0, a0
	li	s1, 0
	blt	a0, a1, .LBB0_3
# %bb.1:
	li	s2, 3
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	sext.w	s3, s0
	addiw	a0, s0, -1
	call	fib
	addiw	s0, s0, -2
	addw	s1, s1, a0
	bltu	s2, s3, .LBB0_2
.LBB0_3:
	addw	a0, s0, s1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end0:
	.size	fib, .Lfunc_end0-fib
                                        # -- End function
	.globl	fib_iter                        # -- Begin function fib_iter
	.p2align	1
	.type	fib_iter,@function
fib_iter:                               # @fib_iter
# %bb.0:
	blez	a0, .LBB1_4
# %bb.1:
	li	a2, 0
	li	a3, 0
	li	a4, 1
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	mv	a1, a4
	addiw	a3, a3, 1
	addw	a4, a4, a2
	mv	a2, a1
	blt	a3, a0, .LBB1_2
# %bb.3:
	mv	a0, a1
	ret
.LBB1_4:
	li	a0, 0
	ret
.Lfunc_end1:
	.size	fib_iter, .Lfunc_end1-fib_iter
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	sd	s8, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	blez	a0, .LBB2_8
# %bb.1:
	mv	s3, a0
	li	s4, 0
	li	s5, 0
.LBB2_10:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str)
	addi	s2, s2, %pcrel_lo(.LBB2_10)
	lui	a0, 67109
	addiw	s6, a0, -557
	li	s7, 1000
	li	s8, 1
	j	.LBB2_4
.LBB2_2:                                #   in Loop: Header=BB2_4 Depth=1
	li	a0, 0
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=1
	xor	a0, a0, s0
	snez	a0, a0
	addw	s4, s4, a0
	mv	a0, s2
	mv	a1, s1
	mv	a2, s0
	call	putf@plt
	addw	a0, s0, s5
	mul	a1, a0, s6
	srli	a2, a1, 63
	srai	a1, a1, 38
	addw	a1, a1, a2
	mulw	a1, a1, s7
	sext.w	a2, s3
	addiw	s3, s3, -1
	subw	s5, a0, a1
	bge	s8, a2, .LBB2_7
.LBB2_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_6 Depth 2
	call	getint@plt
	mv	s1, a0
	call	fib
	mv	s0, a0
	blez	s1, .LBB2_2
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	li	a1, 0
	li	a2, 0
	li	a3, 1
.LBB2_6:                                #   Parent Loop BB2_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a0, a3
	addiw	a2, a2, 1
	addw	a3, a3, a1
	mv	a1, a0
	blt	a2, s1, .LBB2_6
	j	.LBB2_3
.LBB2_7:
	slli	a0, s5, 48
	srai	a0, a0, 48
	srli	a0, a0, 23
	andi	a0, a0, 255
	add	a0, a0, s5
	andi	a0, a0, -256
	subw	a0, s5, a0
	slli	a0, a0, 48
	srai	s0, a0, 48
	j	.LBB2_9
.LBB2_8:
	li	s0, 0
	li	s4, 0
.LBB2_9:
	mv	a0, s4
	call	putint@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s0
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	ld	s8, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"fib(%d) = %d\n"
	.size	.L.str, 14

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
